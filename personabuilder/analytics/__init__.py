"""SaaS analytics: pure functions over metric values (conversion, churn, NRR, payback)."""
