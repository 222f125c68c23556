"""English words of the demo workspace: one text per key of the structure."""

WORDS: dict[str, str] = {
    # Persona exec (executive sponsor)
    "exec.name": "Helen Whitaker",
    "exec.job_title": "Chief Operating Officer",
    "exec.company": "Corvane Logistics",
    "exec.company_size": "200-500 employees",
    "exec.industry": "Freight and logistics",
    "exec.location": "Manchester, United Kingdom",
    "exec.quote": "I don't buy software, I buy a result I can show the board within a year.",
    "exec.bio": (
        "Helen joined Corvane eight years ago and now runs operations across four regional "
        "depots. She sponsors the move away from spreadsheets and an ageing on-premise "
        "planning tool. She thinks in business cases and three-year horizons, and she wants "
        "proof before she commits. She leaves the detail to her IT and planning leads but "
        "makes the final call."
    ),
    "exec.goals.cut_planning_overhead": "Cut planning overhead by a fifth within 18 months",
    "exec.goals.give_board_single": "Give the board a single, reliable view of depot performance",
    "exec.goals.open_two_new": "Open two new sites without hiring extra planners",
    "exec.goals.reduce_dependence_few": "Reduce dependence on a few spreadsheet experts",
    "exec.goals.show_measurable_return": (
        "Show a measurable return on the investment by the first renewal"
    ),
    "exec.pain_points.weekly_figures_arrive": (
        "Weekly figures arrive late and rarely agree with each other"
    ),
    "exec.pain_points.previous_projects_ran": "Previous IT projects ran over budget and over time",
    "exec.pain_points.vendors_hard_compare": (
        "Vendors are hard to compare on value rather than on feature lists"
    ),
    "exec.pain_points.key_knowledge_sits": (
        "Key knowledge sits with two senior planners close to retirement"
    ),
    "exec.pain_points.legacy_tool_renews": (
        "The legacy tool renews automatically and is costly to exit"
    ),
    "exec.motivations.being_known_leader": "Being known as the leader who modernised operations",
    "exec.motivations.protecting_margins_crowded": (
        "Protecting margins in a crowded, low-margin market"
    ),
    "exec.motivations.freeing_managers_spend": (
        "Freeing managers to spend time on customers instead of reports"
    ),
    "exec.motivations.building_platform_keeps": (
        "Building a platform that keeps pace with the growth plan"
    ),
    "exec.objections.what_happens_data": (
        "What happens to our data if this vendor is bought out or goes under?"
    ),
    "exec.objections.return_looks_good": (
        "The return looks good on slides; show me a customer like us."
    ),
    "exec.objections.cannot_afford_months": (
        "We cannot afford months of disruption during peak season."
    ),
    "exec.objections.per_seat_pricing": "Per-seat pricing will penalise us as we grow.",
    "exec.decision_criteria.clear_roi_case": "A clear ROI case with payback in under two years",
    "exec.decision_criteria.vendor_financial_stability": (
        "Vendor financial stability and customer references"
    ),
    "exec.decision_criteria.room_scale_more": "Room to scale to more sites and users",
    "exec.decision_criteria.total_cost_ownership": "Total cost of ownership over three years",
    "exec.decision_criteria.strategic_fit_digital": "Strategic fit with the digital roadmap",
    "exec.channels.peer_network": "Peer network",
    "exec.channels.industry_conferences": "Industry conferences",
    "exec.channels.analyst_reports": "Analyst reports",
    "exec.channels.linkedin": "LinkedIn",
    "exec.channels.weekly_briefings_her": "Weekly briefings from her team",
    "exec.tools.power_bi": "Power BI",
    "exec.tools.excel": "Excel",
    "exec.tools.microsoft_teams": "Microsoft Teams",
    "exec.tools.erp_reporting": "ERP reporting",
    "exec.tags.budget_holder": "Budget holder",
    "exec.tags.final_decision": "Final decision",
    "exec.tags.board_facing": "Board-facing",
    # Persona tech (technical evaluator)
    "tech.name": "Daniel Osei",
    "tech.job_title": "IT Architecture Lead",
    "tech.company": "Corvane Logistics",
    "tech.company_size": "200-500 employees",
    "tech.industry": "Freight and logistics",
    "tech.location": "Manchester, United Kingdom",
    "tech.quote": (
        "If it can't talk to our ERP and pass our security review, the demo doesn't matter."
    ),
    "tech.bio": (
        "Daniel leads a six-person IT team that looks after the ERP, the warehouse system and "
        "the network. Every new tool crosses his desk for a security and integration review, "
        "and he has been let down before by vendors whose APIs were thinner than promised. He "
        "would rather have documentation and a sandbox than a sales presentation. He also "
        "knows that whatever gets bought, his team will end up supporting it."
    ),
    "tech.goals.connect_new_platform": (
        "Connect the new platform to the ERP and warehouse system without custom code"
    ),
    "tech.goals.pass_security_audit": (
        "Pass the security audit and keep the ISO 27001 certification"
    ),
    "tech.goals.keep_number_tools": "Keep the number of tools his team must support under control",
    "tech.goals.plan_rollout_matches": "Plan a rollout that matches the team's real capacity",
    "tech.goals.secure_reliable_uptime": "Secure reliable uptime and clear escalation paths",
    "tech.pain_points.vague_answers_security": "Vague answers to security questionnaires",
    "tech.pain_points.apis_poorly_documented": (
        "APIs that are poorly documented or missing key endpoints"
    ),
    "tech.pain_points.tools_bought_departments": "Tools bought by departments without an IT review",
    "tech.pain_points.implementation_estimates_ignore": (
        "Implementation estimates that ignore internal effort"
    ),
    "tech.pain_points.support_never_gets": "Support that never gets past first-line scripts",
    "tech.motivations.clean_architecture_easy": "A clean architecture that is easy to maintain",
    "tech.motivations.fewer_urgent_tickets": "Fewer urgent tickets and late-night incidents",
    "tech.motivations.being_seen_partner": "Being seen as a partner rather than a blocker",
    "tech.motivations.keeping_modern_integration": "Keeping up with modern integration practices",
    "tech.objections.where_data_hosted": "Where is our data hosted, and who can access it?",
    "tech.objections.single_sign_only": (
        "Single sign-on is only offered on the most expensive plan."
    ),
    "tech.objections.dont_have_people": "We don't have the people to run a six-month integration.",
    "tech.objections.uptime_figures_backed": (
        "Your uptime figures are not backed by a contractual SLA."
    ),
    "tech.decision_criteria.open_well_documented": (
        "An open, well-documented API and standard connectors"
    ),
    "tech.decision_criteria.security_certifications_gdpr": (
        "Security certifications, GDPR compliance and EU data hosting"
    ),
    "tech.decision_criteria.performance_uptime_commitments": (
        "Performance and uptime commitments written into the contract"
    ),
    "tech.decision_criteria.implementation_effort_internal": (
        "Implementation effort and the internal resources it needs"
    ),
    "tech.decision_criteria.quality_responsiveness_technical": (
        "Quality and responsiveness of technical support"
    ),
    "tech.channels.technical_documentation": "Technical documentation",
    "tech.channels.vendor_sandbox": "Vendor sandbox",
    "tech.channels.developer_forums": "Developer forums",
    "tech.channels.peer_communities": "Peer IT communities",
    "tech.channels.webinars": "Webinars",
    "tech.tools.microsoft_entra_id": "Microsoft Entra ID",
    "tech.tools.jira_service_management": "Jira Service Management",
    "tech.tools.postman": "Postman",
    "tech.tools.erp_admin_console": "ERP admin console",
    "tech.tools.monitoring_dashboards": "Monitoring dashboards",
    "tech.tags.gatekeeper": "Gatekeeper",
    "tech.tags.security_review": "Security review",
    "tech.tags.integration": "Integration",
    # Persona champion (end user champion)
    "champion.name": "Priya Nair",
    "champion.job_title": "Transport Planning Team Lead",
    "champion.company": "Corvane Logistics",
    "champion.company_size": "200-500 employees",
    "champion.industry": "Freight and logistics",
    "champion.location": "Manchester, United Kingdom",
    "champion.quote": (
        "If my planners need a manual to do their daily job, we've picked the wrong tool."
    ),
    "champion.bio": (
        "Priya leads nine planners who build delivery schedules every day. She knows the "
        "current spreadsheets better than anyone, workarounds and weak spots included. She "
        "volunteered to test the shortlisted tools and will train her colleagues once one is "
        "chosen. Her standing with the team depends on the new tool genuinely making their "
        "days easier."
    ),
    "champion.goals.build_tomorrows_schedule": "Build tomorrow's schedule in under an hour",
    "champion.goals.stop_typing_same": "Stop typing the same data into three different places",
    "champion.goals.get_team_trained": "Get the team trained quickly without pausing operations",
    "champion.goals.share_live_plans": "Share live plans with drivers and depot managers",
    "champion.goals.spot_problems_before": "Spot problems before they reach customers",
    "champion.pain_points.copying_between_spreadsheets": (
        "Copying between spreadsheets causes errors"
    ),
    "champion.pain_points.one_last_minute": "One last-minute change can break the whole plan",
    "champion.pain_points.tools_chosen_others": (
        "Tools chosen by others ignore how planners really work"
    ),
    "champion.pain_points.hardly_any_time": "Hardly any time is set aside for training",
    "champion.pain_points.help_available_when": (
        "No help is available when something breaks at 6 a.m."
    ),
    "champion.motivations.making_her_teams": "Making her team's work less stressful",
    "champion.motivations.being_recognised_person": (
        "Being recognised as the person who made the change work"
    ),
    "champion.motivations.mastering_modern_tool": "Mastering a modern tool that helps her career",
    "champion.motivations.giving_customers_more": "Giving customers more reliable delivery times",
    "champion.objections.looks_powerful_but": (
        "It looks powerful, but will my team actually use it?"
    ),
    "champion.objections.cant_lose_week": "We can't lose a week of planning while we learn.",
    "champion.objections.features_need_every": (
        "The features we need every day are buried in menus."
    ),
    "champion.objections.support_only_reachable": "Support is only reachable during office hours.",
    "champion.decision_criteria.easy_pick_non": "Easy to pick up for non-technical planners",
    "champion.decision_criteria.fit_daily_planning": "Fit with the daily planning routine",
    "champion.decision_criteria.short_learning_curve": (
        "Short learning curve and good training material"
    ),
    "champion.decision_criteria.features_cover_real": "Features that cover real scheduling cases",
    "champion.decision_criteria.help_within_reach": "Help within reach: chat, guides and videos",
    "champion.channels.youtube_tutorials": "YouTube tutorials",
    "champion.channels.user_communities": "User communities",
    "champion.channels.colleagues_other_depots": "Colleagues at other depots",
    "champion.channels.product_newsletters": "Product newsletters",
    "champion.channels.webinars": "Webinars",
    "champion.tools.excel": "Excel",
    "champion.tools.google_sheets": "Google Sheets",
    "champion.tools.route_planning_software": "Route planning software",
    "champion.tools.whatsapp": "WhatsApp",
    "champion.tools.microsoft_teams": "Microsoft Teams",
    "champion.tags.daily_user": "Daily user",
    "champion.tags.internal_advocate": "Internal advocate",
    "champion.tags.trainer": "Trainer",
    # Map journey
    "journey.title": "SaaS customer journey",
    "journey.description": (
        "The nine stages a B2B customer goes through with a SaaS product, from first awareness "
        "to advocacy, seen through the eyes of Corvane's buying team."
    ),
    "journey.awareness.name": "Awareness",
    "journey.awareness.description": (
        "The buyer feels the limits of current tools and starts looking around for a better "
        "way to work."
    ),
    "journey.consideration.name": "Consideration & evaluation",
    "journey.consideration.description": (
        "Prospects compare shortlisted products on features, price, integrations and vendor "
        "credibility."
    ),
    "journey.trial.name": "Trial & first experience",
    "journey.trial.description": (
        "The team tests the product hands-on with its own use cases to see whether it really fits."
    ),
    "journey.purchase.name": "Purchase & activation",
    "journey.purchase.description": (
        "The customer picks a plan, agrees the terms and switches the subscription on."
    ),
    "journey.onboarding.name": "Onboarding & first value",
    "journey.onboarding.description": (
        "New users learn the product, set it up and reach a first meaningful result."
    ),
    "journey.adoption.name": "Adoption & engagement",
    "journey.adoption.description": (
        "Usage deepens and the product becomes part of the team's daily work."
    ),
    "journey.expansion.name": "Expansion & growth",
    "journey.expansion.description": (
        "A satisfied customer adds seats, modules or a higher plan as its needs grow."
    ),
    "journey.renewal.name": "Renewal & retention",
    "journey.renewal.description": (
        "As the term ends, the customer weighs the value received and decides whether to stay."
    ),
    "journey.advocacy.name": "Advocacy & referral",
    "journey.advocacy.description": (
        "Won-over customers speak up for the product, post reviews and send new prospects the "
        "vendor's way."
    ),
    "journey.lane.text": "Customer actions",
    "journey.lane.touchpoints": "Touchpoints & channels",
    "journey.lane.thoughts": "Thoughts",
    "journey.lane.emotion": "Emotions",
    "journey.lane.pain_points": "Pain points",
    "journey.lane.opportunities": "Opportunities",
    "journey.lane.metrics": "Metrics",
    "journey.lane.backstage": "Backstage",
    # Map journey, stage awareness
    "journey.awareness.text": (
        "Notices that spreadsheets and an ageing planning tool are slowing the team down. "
        "Searches for how peers solved the same problem and bookmarks a few articles."
    ),
    "journey.awareness.touchpoints.search_engine": "Search engine",
    "journey.awareness.touchpoints.industry_blog": "Industry blog",
    "journey.awareness.touchpoints.linkedin": "LinkedIn",
    "journey.awareness.touchpoints.trade_show": "Trade show",
    "journey.awareness.touchpoints.peer_recommendation": "Peer recommendation",
    "journey.awareness.thoughts": (
        "Companies our size can't still be doing this by hand; there must be a better way."
    ),
    "journey.awareness.emotion": (
        "Curious but cautious: the problem is felt, yet nobody owns it yet."
    ),
    "journey.awareness.pain_points.vendors_hard_tell": (
        "Vendors are hard to tell apart behind generic marketing claims"
    ),
    "journey.awareness.pain_points.owner_budget_has": (
        "No owner or budget has been assigned to the problem yet"
    ),
    "journey.awareness.pain_points.plenty_content_but": (
        "Plenty of content, but little of it speaks to the industry"
    ),
    "journey.awareness.opportunities.publish_industry_guides": (
        "Publish industry guides with concrete figures"
    ),
    "journey.awareness.opportunities.offer_short_self": (
        "Offer a short self-assessment of planning maturity"
    ),
    "journey.awareness.opportunities.invite_happy_customers": (
        "Invite happy customers to speak at sector events"
    ),
    "journey.awareness.metrics": (
        "Website traffic and leads generated, tracked monthly against target."
    ),
    "journey.awareness.backstage": (
        "Marketing owns content, SEO and events; sales development follows up with engaged "
        "accounts."
    ),
    "journey.awareness.backstage.marketing_automation": "Marketing automation",
    "journey.awareness.backstage.crm": "CRM",
    "journey.awareness.backstage.web_analytics": "Web analytics",
    # Map journey, stage consideration
    "journey.consideration.text": (
        "Builds a shortlist, books demos, reads reviews and case studies, and brings IT and "
        "finance into the comparison."
    ),
    "journey.consideration.touchpoints.product_demo": "Product demo",
    "journey.consideration.touchpoints.g2_reviews": "G2 reviews",
    "journey.consideration.touchpoints.pricing_page": "Pricing page",
    "journey.consideration.touchpoints.case_studies": "Case studies",
    "journey.consideration.touchpoints.webinar": "Webinar",
    "journey.consideration.thoughts": (
        "Which option will still fit once we have doubled in size, and what will it really "
        "cost over three years?"
    ),
    "journey.consideration.emotion": (
        "Engaged and hopeful, with doubt creeping in as the options pile up."
    ),
    "journey.consideration.pain_points.pricing_stays_unclear": (
        "Pricing stays unclear until a sales call"
    ),
    "journey.consideration.pain_points.security_integration_details": (
        "Security and integration details are hard to find"
    ),
    "journey.consideration.pain_points.demos_show_generic": (
        "Demos show generic scenarios instead of ours"
    ),
    "journey.consideration.opportunities.publish_transparent_pricing": (
        "Publish transparent pricing and a total-cost calculator"
    ),
    "journey.consideration.opportunities.provide_security_integration": (
        "Provide a security and integration pack on request"
    ),
    "journey.consideration.opportunities.run_demos_sample": (
        "Run demos on a sample of the prospect's own data"
    ),
    "journey.consideration.metrics": (
        "Demo requests and free-trial sign-ups, plus the lead-to-demo rate."
    ),
    "journey.consideration.backstage": (
        "Sales runs demos alongside a solutions engineer; marketing keeps comparison content "
        "up to date."
    ),
    "journey.consideration.backstage.crm": "CRM",
    "journey.consideration.backstage.demo_environment": "Demo environment",
    "journey.consideration.backstage.content_library": "Content library",
    # Map journey, stage trial
    "journey.trial.text": (
        "Signs up for a trial, imports a sample of real data and tests two or three key "
        "scenarios with the team."
    ),
    "journey.trial.touchpoints.app_onboarding": "In-app onboarding",
    "journey.trial.touchpoints.welcome_emails": "Welcome emails",
    "journey.trial.touchpoints.help_centre": "Help centre",
    "journey.trial.touchpoints.live_chat": "Live chat",
    "journey.trial.thoughts": (
        "If I can't get something useful out of this in a week, it isn't worth the switch."
    ),
    "journey.trial.emotion": (
        "Enthusiasm dips while setup drags on; the first real results lift spirits."
    ),
    "journey.trial.pain_points.importing_real_data": (
        "Importing real data is fiddly and error-prone"
    ),
    "journey.trial.pain_points.key_features_locked": "Key features are locked behind paid plans",
    "journey.trial.pain_points.trial_ends_before": (
        "The trial ends before the evaluation is finished"
    ),
    "journey.trial.opportunities.ship_realistic_sample": (
        "Ship realistic sample data and a guided setup"
    ),
    "journey.trial.opportunities.extend_trials_request": (
        "Extend trials on request when a team is actively testing"
    ),
    "journey.trial.opportunities.schedule_proactive_check": (
        "Schedule a proactive check-in with a solutions engineer on day three"
    ),
    "journey.trial.metrics": (
        "Trial-to-paid conversion, time to first value and feature adoption during the trial."
    ),
    "journey.trial.backstage": (
        "Product and growth teams own the trial flow; support answers live chat within the hour."
    ),
    "journey.trial.backstage.product_analytics": "Product analytics",
    "journey.trial.backstage.help_desk": "Help desk",
    "journey.trial.backstage.email_automation": "Email automation",
    # Map journey, stage purchase
    "journey.purchase.text": (
        "Chooses a plan, negotiates terms, clears procurement and the security review, then "
        "signs the contract."
    ),
    "journey.purchase.touchpoints.account_executive": "Account executive",
    "journey.purchase.touchpoints.proposal": "Proposal",
    "journey.purchase.touchpoints.procurement_portal": "Procurement portal",
    "journey.purchase.touchpoints.billing_portal": "Billing portal",
    "journey.purchase.thoughts": (
        "Have we covered every risk, and can I defend this spend in front of the board?"
    ),
    "journey.purchase.emotion": (
        "Relief at having decided, tinged with worry about the rollout ahead."
    ),
    "journey.purchase.pain_points.long_security_questionnaires": (
        "Long security questionnaires hold up the signature"
    ),
    "journey.purchase.pain_points.contract_invoicing_terms": (
        "Contract and invoicing terms clash with finance rules"
    ),
    "journey.purchase.pain_points.handover_sales_onboarding": (
        "The handover from sales to onboarding feels abrupt"
    ),
    "journey.purchase.opportunities.pre_filled_security": (
        "Pre-filled security questionnaire and a public trust centre"
    ),
    "journey.purchase.opportunities.flexible_billing_annual": (
        "Flexible billing: annual or quarterly, with purchase orders"
    ),
    "journey.purchase.opportunities.joint_kickoff_call": (
        "Joint kickoff call with sales and customer success"
    ),
    "journey.purchase.metrics": (
        "Opportunity-to-customer conversion rate and customer acquisition cost (CAC)."
    ),
    "journey.purchase.backstage": (
        "Sales closes the deal; finance sets up billing; a customer success manager is named "
        "before signature."
    ),
    "journey.purchase.backstage.crm": "CRM",
    "journey.purchase.backstage.contract_management": "Contract management",
    "journey.purchase.backstage.billing_system": "Billing system",
    # Map journey, stage onboarding
    "journey.onboarding.text": (
        "Configures the workspace, connects existing systems, migrates data and trains the "
        "first users."
    ),
    "journey.onboarding.touchpoints.kickoff_meeting": "Kickoff meeting",
    "journey.onboarding.touchpoints.onboarding_checklist": "Onboarding checklist",
    "journey.onboarding.touchpoints.training_sessions": "Training sessions",
    "journey.onboarding.touchpoints.knowledge_base": "Knowledge base",
    "journey.onboarding.thoughts": (
        "This is more work than we planned; when will the team actually feel the benefit?"
    ),
    "journey.onboarding.emotion": (
        "The low point of the journey: effort peaks while the value is not yet visible."
    ),
    "journey.onboarding.pain_points.erp_integration_takes": "The ERP integration takes weeks",
    "journey.onboarding.pain_points.users_slip_back": "Users slip back to their old spreadsheets",
    "journey.onboarding.pain_points.training_same_every": "Training is the same for every role",
    "journey.onboarding.opportunities.role_based_onboarding": "Role-based onboarding paths",
    "journey.onboarding.opportunities.ready_made_connectors": (
        "Ready-made connectors for the most common ERPs"
    ),
    "journey.onboarding.opportunities.mark_first_milestone": (
        "Mark the first milestone with a short results summary"
    ),
    "journey.onboarding.metrics": (
        "Time to value, onboarding completion rate and support ticket volume."
    ),
    "journey.onboarding.backstage": (
        "Customer success leads the plan; implementation specialists handle data migration and "
        "integrations."
    ),
    "journey.onboarding.backstage.onboarding_tracker": "Onboarding tracker",
    "journey.onboarding.backstage.integration_platform": "Integration platform",
    "journey.onboarding.backstage.help_desk": "Help desk",
    # Map journey, stage adoption
    "journey.adoption.text": (
        "Uses the product every day, explores advanced features and brings neighbouring teams "
        "on board."
    ),
    "journey.adoption.touchpoints.app_tips": "In-app tips",
    "journey.adoption.touchpoints.product_newsletter": "Product newsletter",
    "journey.adoption.touchpoints.user_community": "User community",
    "journey.adoption.touchpoints.quarterly_business_review": "Quarterly business review",
    "journey.adoption.thoughts": "Now it actually saves us time; what else could we do with it?",
    "journey.adoption.emotion": "Confident and satisfied as the new routine settles in.",
    "journey.adoption.pain_points.advanced_features_hard": "Advanced features are hard to discover",
    "journey.adoption.pain_points.some_teams_use": (
        "Some teams use it daily while others resist the change"
    ),
    "journey.adoption.opportunities.context_guidance_advanced": (
        "In-context guidance for advanced features"
    ),
    "journey.adoption.opportunities.internal_champion_kit": (
        "Internal champion kit: slides, tips and short videos"
    ),
    "journey.adoption.opportunities.usage_dashboards_shared": (
        "Usage dashboards shared with the sponsor"
    ),
    "journey.adoption.metrics": "Product stickiness (DAU/MAU) and customer satisfaction.",
    "journey.adoption.backstage": (
        "Customer success watches health scores; product marketing announces new features."
    ),
    "journey.adoption.backstage.product_analytics": "Product analytics",
    "journey.adoption.backstage.customer_success_platform": "Customer success platform",
    "journey.adoption.backstage.community_forum": "Community forum",
    # Map journey, stage expansion
    "journey.expansion.text": (
        "Adds seats for new sites, moves up to a higher plan and buys an extra module."
    ),
    "journey.expansion.touchpoints.customer_success_manager": "Customer success manager",
    "journey.expansion.touchpoints.upgrade_prompts": "Upgrade prompts",
    "journey.expansion.touchpoints.account_review": "Account review",
    "journey.expansion.touchpoints.pricing_page": "Pricing page",
    "journey.expansion.thoughts": (
        "It works for one site, so rolling it out to the others makes sense if the price "
        "scales fairly."
    ),
    "journey.expansion.emotion": "Positive and ambitious, but keeping an eye on cost.",
    "journey.expansion.pain_points.price_jump_between": "The price jump between plans feels steep",
    "journey.expansion.pain_points.unclear_which_plan": (
        "It is unclear which plan fits the new needs"
    ),
    "journey.expansion.opportunities.usage_signals_trigger": (
        "Usage signals that trigger a well-timed expansion conversation"
    ),
    "journey.expansion.opportunities.graduated_pricing_additional": (
        "Graduated pricing for additional sites"
    ),
    "journey.expansion.metrics": (
        "Expansion revenue, upgrade rate and average revenue per user (ARPU)."
    ),
    "journey.expansion.backstage": (
        "Account management and customer success share expansion targets; finance approves "
        "discounts."
    ),
    "journey.expansion.backstage.crm": "CRM",
    "journey.expansion.backstage.product_analytics": "Product analytics",
    "journey.expansion.backstage.billing_system": "Billing system",
    # Map journey, stage renewal
    "journey.renewal.text": (
        "Reviews results against the original business case, looks at alternatives and "
        "negotiates the renewal."
    ),
    "journey.renewal.touchpoints.renewal_notice": "Renewal notice",
    "journey.renewal.touchpoints.business_review_meeting": "Business review meeting",
    "journey.renewal.touchpoints.customer_success_manager": "Customer success manager",
    "journey.renewal.touchpoints.satisfaction_survey": "Satisfaction survey",
    "journey.renewal.thoughts": (
        "Did we get what we paid for, and would switching be worth the disruption?"
    ),
    "journey.renewal.emotion": "Calm when the value is proven, tense when results are vague.",
    "journey.renewal.pain_points.clear_record_value": "No clear record of the value delivered",
    "journey.renewal.pain_points.renewal_notice_arrives": (
        "The renewal notice arrives too late for budgeting"
    ),
    "journey.renewal.pain_points.unresolved_support_tickets": (
        "Unresolved support tickets weigh on the decision"
    ),
    "journey.renewal.opportunities.value_report_sent": "A value report sent 90 days before renewal",
    "journey.renewal.opportunities.churn_risk_scoring": "Churn-risk scoring with early alerts",
    "journey.renewal.opportunities.loyalty_terms_multi": "Loyalty terms for multi-year commitments",
    "journey.renewal.metrics": "Churn rate, renewal rate and net revenue retention (NRR).",
    "journey.renewal.backstage": (
        "Customer success owns renewals together with finance; product reviews feedback from "
        "at-risk accounts."
    ),
    "journey.renewal.backstage.customer_success_platform": "Customer success platform",
    "journey.renewal.backstage.billing_system": "Billing system",
    "journey.renewal.backstage.survey_tool": "Survey tool",
    # Map journey, stage advocacy
    "journey.advocacy.text": (
        "Recommends the product to peers, writes a review and agrees to feature in a case study."
    ),
    "journey.advocacy.touchpoints.review_sites": "Review sites",
    "journey.advocacy.touchpoints.referral_programme": "Referral programme",
    "journey.advocacy.touchpoints.customer_events": "Customer events",
    "journey.advocacy.touchpoints.linkedin": "LinkedIn",
    "journey.advocacy.thoughts": (
        "This project made us look good; I'm happy to tell others about it."
    ),
    "journey.advocacy.emotion": "Proud and loyal.",
    "journey.advocacy.pain_points.being_asked_reviews": (
        "Being asked for reviews feels like one more chore"
    ),
    "journey.advocacy.pain_points.referral_rewards_unclear": "Referral rewards are unclear",
    "journey.advocacy.opportunities.one_click_review": (
        "One-click review requests after a success milestone"
    ),
    "journey.advocacy.opportunities.customer_advisory_board": (
        "A customer advisory board with early access"
    ),
    "journey.advocacy.opportunities.co_written_case": (
        "A co-written case study with measurable results"
    ),
    "journey.advocacy.metrics": "NPS, referrals and reviews published.",
    "journey.advocacy.backstage": (
        "Marketing runs the advocacy and referral programmes; customer success spots promoters."
    ),
    "journey.advocacy.backstage.survey_tool": "Survey tool",
    "journey.advocacy.backstage.referral_platform": "Referral platform",
    "journey.advocacy.backstage.crm": "CRM",
    # Map lifecycle
    "lifecycle.title": "SaaS customer lifecycle",
    "lifecycle.description": (
        "A shorter, non-linear lifecycle: after expanding, customers loop back to adoption as "
        "new users and features arrive."
    ),
    "lifecycle.awareness.name": "Awareness",
    "lifecycle.awareness.description": (
        "A company runs into a need and first hears of the product through search, a social "
        "post or an article."
    ),
    "lifecycle.consideration.name": "Consideration",
    "lifecycle.consideration.description": (
        "The buying team sizes the product up against rival offers, reading reviews and trying "
        "it out."
    ),
    "lifecycle.decision.name": "Decision / Purchase",
    "lifecycle.decision.description": (
        "Sign-off is given, a plan is chosen and the subscription starts."
    ),
    "lifecycle.activation.name": "Activation",
    "lifecycle.activation.description": (
        "The account is configured and the first users complete a real task with the main features."
    ),
    "lifecycle.adoption.name": "Adoption",
    "lifecycle.adoption.description": (
        "The product becomes part of everyday work and starts paying off; every wave of new "
        "users brought in by expansion passes through here again."
    ),
    "lifecycle.retention.name": "Retention",
    "lifecycle.retention.description": (
        "Regular contact, attentive support and care keep the account subscribed; once "
        "renewed, it is ready to expand."
    ),
    "lifecycle.expansion.name": "Expansion",
    "lifecycle.expansion.description": (
        "The account grows through upgrades, extra seats or add-on services, then loops back "
        "to adoption for the newcomers."
    ),
    "lifecycle.lane.text": "Customer actions",
    "lifecycle.lane.touchpoints": "Touchpoints & channels",
    "lifecycle.lane.emotion": "Emotions",
    "lifecycle.lane.pain_points": "Pain points",
    "lifecycle.lane.opportunities": "Opportunities",
    # Map lifecycle, stage awareness
    "lifecycle.awareness.text": (
        "Reads about the problem on blogs and social media and comes across the product in "
        "search results."
    ),
    "lifecycle.awareness.touchpoints.seo": "SEO",
    "lifecycle.awareness.touchpoints.social_media": "Social media",
    "lifecycle.awareness.touchpoints.content_marketing": "Content marketing",
    "lifecycle.awareness.touchpoints.podcasts": "Podcasts",
    "lifecycle.awareness.emotion": "Neutral, mildly interested.",
    "lifecycle.awareness.pain_points.category_jargon_makes": (
        "Category jargon makes every offer sound the same"
    ),
    "lifecycle.awareness.pain_points.little_proof_speaks": (
        "Little proof that speaks to mid-size companies"
    ),
    "lifecycle.awareness.opportunities.plain_language_pages": (
        "Plain-language pages for each use case"
    ),
    "lifecycle.awareness.opportunities.short_video_stories": (
        "Short video stories from comparable customers"
    ),
    # Map lifecycle, stage consideration
    "lifecycle.consideration.text": (
        "Compares products side by side, reads reviews and asks for a demo or a free trial."
    ),
    "lifecycle.consideration.touchpoints.website": "Website",
    "lifecycle.consideration.touchpoints.review_sites": "Review sites",
    "lifecycle.consideration.touchpoints.demo": "Demo",
    "lifecycle.consideration.touchpoints.free_trial": "Free trial",
    "lifecycle.consideration.emotion": "Interested, a little overwhelmed by the choice.",
    "lifecycle.consideration.pain_points.feature_comparisons_biased": (
        "Feature comparisons are biased or out of date"
    ),
    "lifecycle.consideration.pain_points.hard_get_every": (
        "Hard to get every stakeholder involved at once"
    ),
    "lifecycle.consideration.opportunities.honest_comparison_pages": (
        "Honest comparison pages kept up to date"
    ),
    "lifecycle.consideration.opportunities.stakeholder_pack_one": (
        "A stakeholder pack with one page per buying role"
    ),
    # Map lifecycle, stage decision
    "lifecycle.decision.text": "Agrees on a plan and a budget, gets sign-off and subscribes.",
    "lifecycle.decision.touchpoints.sales_call": "Sales call",
    "lifecycle.decision.touchpoints.quote": "Quote",
    "lifecycle.decision.touchpoints.online_checkout": "Online checkout",
    "lifecycle.decision.touchpoints.contract": "Contract",
    "lifecycle.decision.emotion": "Committed, slightly anxious about the change.",
    "lifecycle.decision.pain_points.approval_chain_slow": "The approval chain is slow",
    "lifecycle.decision.pain_points.plan_options_hard": "Plan options are hard to tell apart",
    "lifecycle.decision.opportunities.clear_plan_comparison": (
        "A clear plan comparison with a recommended option"
    ),
    "lifecycle.decision.opportunities.mutual_action_plan": (
        "A mutual action plan agreed with the buyer"
    ),
    # Map lifecycle, stage activation
    "lifecycle.activation.text": (
        "Sets up accounts, invites colleagues and completes a first real task in the product."
    ),
    "lifecycle.activation.touchpoints.setup_wizard": "Setup wizard",
    "lifecycle.activation.touchpoints.welcome_email": "Welcome email",
    "lifecycle.activation.touchpoints.onboarding_call": "Onboarding call",
    "lifecycle.activation.touchpoints.help_centre": "Help centre",
    "lifecycle.activation.emotion": "Anxious at first, then reassured by the first success.",
    "lifecycle.activation.pain_points.empty_workspace_gives": (
        "An empty workspace gives no clear starting point"
    ),
    "lifecycle.activation.pain_points.invited_colleagues_never": "Invited colleagues never log in",
    "lifecycle.activation.opportunities.templates_pre_fill": (
        "Templates that pre-fill the workspace"
    ),
    "lifecycle.activation.opportunities.reminders_invitees_who": (
        "Reminders for invitees who have not logged in yet"
    ),
    # Map lifecycle, stage adoption
    "lifecycle.adoption.text": (
        "Works the product into weekly routines and starts relying on it for reporting."
    ),
    "lifecycle.adoption.touchpoints.app_messages": "In-app messages",
    "lifecycle.adoption.touchpoints.webinars": "Webinars",
    "lifecycle.adoption.touchpoints.community": "Community",
    "lifecycle.adoption.touchpoints.newsletter": "Newsletter",
    "lifecycle.adoption.emotion": "Satisfied: the product has become a habit.",
    "lifecycle.adoption.pain_points.usage_levels_off": "Usage levels off after the first month",
    "lifecycle.adoption.pain_points.new_hires_never": "New hires are never trained",
    "lifecycle.adoption.opportunities.monthly_tips_based": "Monthly tips based on actual usage",
    "lifecycle.adoption.opportunities.self_paced_academy": "A self-paced academy for new users",
    # Map lifecycle, stage retention
    "lifecycle.retention.text": (
        "Contacts support when needed, attends business reviews and renews the subscription."
    ),
    "lifecycle.retention.touchpoints.support": "Support",
    "lifecycle.retention.touchpoints.customer_success_manager": "Customer success manager",
    "lifecycle.retention.touchpoints.nps_survey": "NPS survey",
    "lifecycle.retention.touchpoints.business_review": "Business review",
    "lifecycle.retention.emotion": "Loyal when support is quick, frustrated when issues drag on.",
    "lifecycle.retention.pain_points.slow_answers_support": "Slow answers to support tickets",
    "lifecycle.retention.pain_points.promises_made_during": (
        "Promises made during the sale are not kept"
    ),
    "lifecycle.retention.opportunities.health_scores_flag": (
        "Health scores that flag at-risk accounts early"
    ),
    "lifecycle.retention.opportunities.realistic_expectations_set": (
        "Realistic expectations set from the very first call"
    ),
    # Map lifecycle, stage expansion
    "lifecycle.expansion.text": "Moves up to a higher plan, adds users or buys an add-on service.",
    "lifecycle.expansion.touchpoints.account_manager": "Account manager",
    "lifecycle.expansion.touchpoints.upgrade_prompts": "Upgrade prompts",
    "lifecycle.expansion.touchpoints.pricing_page": "Pricing page",
    "lifecycle.expansion.touchpoints.customer_events": "Customer events",
    "lifecycle.expansion.emotion": "Excited about growth, careful with the budget.",
    "lifecycle.expansion.pain_points.upgrades_trigger_new": (
        "Upgrades trigger a new procurement cycle"
    ),
    "lifecycle.expansion.pain_points.add_ons_poorly": "Add-ons are poorly explained",
    "lifecycle.expansion.opportunities.self_service_upgrades": (
        "Self-service upgrades within agreed limits"
    ),
    "lifecycle.expansion.opportunities.bundles_multi_team": "Bundles for multi-team rollouts",
    # Metrics the demo names itself (the others take the catalogue's name for their kind)
    "metric.csat": "Customer satisfaction (CSAT)",
    "metric.nps": "NPS",
    "metric.reviews_published": "Reviews published",
    "metric.social_engagement": "Social media engagement rate",
    "metric.feature_usage": "Feature usage",
    "metric.cltv": "Customer lifetime value (CLTV)",
}
