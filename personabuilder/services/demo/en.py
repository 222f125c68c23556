"""English demo content: three SaaS buying personas and two journey maps."""

from personabuilder.services.demo.types import DemoContent

CONTENT: DemoContent = {
    "personas": [
        {
            "key": "exec",
            "archetype": "executive_sponsor",
            "name": "Helen Whitaker",
            "job_title": "Chief Operating Officer",
            "company": "Corvane Logistics",
            "company_size": "200-500 employees",
            "industry": "Freight and logistics",
            "age_band": "45-54",
            "location": "Manchester, United Kingdom",
            "quote": "I don't buy software, I buy a result I can show the board within a year.",
            "bio": (
                "Helen joined Corvane eight years ago and now runs operations across four regional "
                "depots. She sponsors the move away from spreadsheets and an ageing on-premise "
                "planning tool. She thinks in business cases and three-year horizons, and she "
                "wants proof before she commits. She leaves the detail to her IT and planning "
                "leads but makes the final call."
            ),
            "goals": [
                "Cut planning overhead by a fifth within 18 months",
                "Give the board a single, reliable view of depot performance",
                "Open two new sites without hiring extra planners",
                "Reduce dependence on a few spreadsheet experts",
                "Show a measurable return on the investment by the first renewal",
            ],
            "pain_points": [
                "Weekly figures arrive late and rarely agree with each other",
                "Previous IT projects ran over budget and over time",
                "Vendors are hard to compare on value rather than on feature lists",
                "Key knowledge sits with two senior planners close to retirement",
                "The legacy tool renews automatically and is costly to exit",
            ],
            "motivations": [
                "Being known as the leader who modernised operations",
                "Protecting margins in a crowded, low-margin market",
                "Freeing managers to spend time on customers instead of reports",
                "Building a platform that keeps pace with the growth plan",
            ],
            "objections": [
                "What happens to our data if this vendor is bought out or goes under?",
                "The return looks good on slides; show me a customer like us.",
                "We cannot afford months of disruption during peak season.",
                "Per-seat pricing will penalise us as we grow.",
            ],
            "decision_criteria": [
                "A clear ROI case with payback in under two years",
                "Vendor financial stability and customer references",
                "Room to scale to more sites and users",
                "Total cost of ownership over three years",
                "Strategic fit with the digital roadmap",
            ],
            "channels": [
                "Peer network",
                "Industry conferences",
                "Analyst reports",
                "LinkedIn",
                "Weekly briefings from her team",
            ],
            "tools": ["Power BI", "Excel", "Microsoft Teams", "ERP reporting"],
            "tech_savviness": 3,
            "influence": 5,
            "tags": ["Budget holder", "Final decision", "Board-facing"],
        },
        {
            "key": "tech",
            "archetype": "technical_evaluator",
            "name": "Daniel Osei",
            "job_title": "IT Architecture Lead",
            "company": "Corvane Logistics",
            "company_size": "200-500 employees",
            "industry": "Freight and logistics",
            "age_band": "35-44",
            "location": "Manchester, United Kingdom",
            "quote": (
                "If it can't talk to our ERP and pass our security review, the demo doesn't matter."
            ),
            "bio": (
                "Daniel leads a six-person IT team that looks after the ERP, the warehouse system "
                "and the network. Every new tool crosses his desk for a security and integration "
                "review, and he has been let down before by vendors whose APIs were thinner than "
                "promised. He would rather have documentation and a sandbox than a sales "
                "presentation. He also knows that whatever gets bought, his team will end up "
                "supporting it."
            ),
            "goals": [
                "Connect the new platform to the ERP and warehouse system without custom code",
                "Pass the security audit and keep the ISO 27001 certification",
                "Keep the number of tools his team must support under control",
                "Plan a rollout that matches the team's real capacity",
                "Secure reliable uptime and clear escalation paths",
            ],
            "pain_points": [
                "Vague answers to security questionnaires",
                "APIs that are poorly documented or missing key endpoints",
                "Tools bought by departments without an IT review",
                "Implementation estimates that ignore internal effort",
                "Support that never gets past first-line scripts",
            ],
            "motivations": [
                "A clean architecture that is easy to maintain",
                "Fewer urgent tickets and late-night incidents",
                "Being seen as a partner rather than a blocker",
                "Keeping up with modern integration practices",
            ],
            "objections": [
                "Where is our data hosted, and who can access it?",
                "Single sign-on is only offered on the most expensive plan.",
                "We don't have the people to run a six-month integration.",
                "Your uptime figures are not backed by a contractual SLA.",
            ],
            "decision_criteria": [
                "An open, well-documented API and standard connectors",
                "Security certifications, GDPR compliance and EU data hosting",
                "Performance and uptime commitments written into the contract",
                "Implementation effort and the internal resources it needs",
                "Quality and responsiveness of technical support",
            ],
            "channels": [
                "Technical documentation",
                "Vendor sandbox",
                "Developer forums",
                "Peer IT communities",
                "Webinars",
            ],
            "tools": [
                "Microsoft Entra ID",
                "Jira Service Management",
                "Postman",
                "ERP admin console",
                "Monitoring dashboards",
            ],
            "tech_savviness": 5,
            "influence": 4,
            "tags": ["Gatekeeper", "Security review", "Integration"],
        },
        {
            "key": "champion",
            "archetype": "end_user_champion",
            "name": "Priya Nair",
            "job_title": "Transport Planning Team Lead",
            "company": "Corvane Logistics",
            "company_size": "200-500 employees",
            "industry": "Freight and logistics",
            "age_band": "25-34",
            "location": "Manchester, United Kingdom",
            "quote": (
                "If my planners need a manual to do their daily job, we've picked the wrong tool."
            ),
            "bio": (
                "Priya leads nine planners who build delivery schedules every day. She knows the "
                "current spreadsheets better than anyone, workarounds and weak spots included. She "
                "volunteered to test the shortlisted tools and will train her colleagues once one "
                "is chosen. Her standing with the team depends on the new tool genuinely making "
                "their days easier."
            ),
            "goals": [
                "Build tomorrow's schedule in under an hour",
                "Stop typing the same data into three different places",
                "Get the team trained quickly without pausing operations",
                "Share live plans with drivers and depot managers",
                "Spot problems before they reach customers",
            ],
            "pain_points": [
                "Copying between spreadsheets causes errors",
                "One last-minute change can break the whole plan",
                "Tools chosen by others ignore how planners really work",
                "Hardly any time is set aside for training",
                "No help is available when something breaks at 6 a.m.",
            ],
            "motivations": [
                "Making her team's work less stressful",
                "Being recognised as the person who made the change work",
                "Mastering a modern tool that helps her career",
                "Giving customers more reliable delivery times",
            ],
            "objections": [
                "It looks powerful, but will my team actually use it?",
                "We can't lose a week of planning while we learn.",
                "The features we need every day are buried in menus.",
                "Support is only reachable during office hours.",
            ],
            "decision_criteria": [
                "Easy to pick up for non-technical planners",
                "Fit with the daily planning routine",
                "Short learning curve and good training material",
                "Features that cover real scheduling cases",
                "Help within reach: chat, guides and videos",
            ],
            "channels": [
                "YouTube tutorials",
                "User communities",
                "Colleagues at other depots",
                "Product newsletters",
                "Webinars",
            ],
            "tools": [
                "Excel",
                "Google Sheets",
                "Route planning software",
                "WhatsApp",
                "Microsoft Teams",
            ],
            "tech_savviness": 4,
            "influence": 3,
            "tags": ["Daily user", "Internal advocate", "Trainer"],
        },
    ],
    "journeys": [
        {
            "title": "SaaS customer journey",
            "description": (
                "The nine stages a B2B customer goes through with a SaaS product, from first "
                "awareness to advocacy, seen through the eyes of Corvane's buying team."
            ),
            "personas": ["exec", "tech", "champion"],
            "stages": [
                {
                    "key": "awareness",
                    "name": "Awareness",
                    "description": (
                        "The buyer feels the limits of current tools and starts looking around for "
                        "a better way to work."
                    ),
                    "colour": "#7fb3d5",
                    "loop_to": None,
                },
                {
                    "key": "consideration",
                    "name": "Consideration & evaluation",
                    "description": (
                        "Prospects compare shortlisted products on features, price, integrations "
                        "and vendor credibility."
                    ),
                    "colour": "#76c7c0",
                    "loop_to": None,
                },
                {
                    "key": "trial",
                    "name": "Trial & first experience",
                    "description": (
                        "The team tests the product hands-on with its own use cases to see whether "
                        "it really fits."
                    ),
                    "colour": "#9bd08f",
                    "loop_to": None,
                },
                {
                    "key": "purchase",
                    "name": "Purchase & activation",
                    "description": (
                        "The customer picks a plan, agrees the terms and switches the subscription "
                        "on."
                    ),
                    "colour": "#d4d67a",
                    "loop_to": None,
                },
                {
                    "key": "onboarding",
                    "name": "Onboarding & first value",
                    "description": (
                        "New users learn the product, set it up and reach a first meaningful "
                        "result."
                    ),
                    "colour": "#f2c572",
                    "loop_to": None,
                },
                {
                    "key": "adoption",
                    "name": "Adoption & engagement",
                    "description": (
                        "Usage deepens and the product becomes part of the team's daily work."
                    ),
                    "colour": "#f0a07c",
                    "loop_to": None,
                },
                {
                    "key": "expansion",
                    "name": "Expansion & growth",
                    "description": (
                        "A satisfied customer adds seats, modules or a higher plan as its needs "
                        "grow."
                    ),
                    "colour": "#e58fa5",
                    "loop_to": None,
                },
                {
                    "key": "renewal",
                    "name": "Renewal & retention",
                    "description": (
                        "As the term ends, the customer weighs the value received and decides "
                        "whether to stay."
                    ),
                    "colour": "#b99bd8",
                    "loop_to": None,
                },
                {
                    "key": "advocacy",
                    "name": "Advocacy & referral",
                    "description": (
                        "Won-over customers speak up for the product, post reviews and send new "
                        "prospects the vendor's way."
                    ),
                    "colour": "#8f9fe0",
                    "loop_to": None,
                },
            ],
            "lanes": [
                {"key": "text", "kind": "text", "name": "Customer actions"},
                {"key": "touchpoints", "kind": "touchpoints", "name": "Touchpoints & channels"},
                {"key": "thoughts", "kind": "text", "name": "Thoughts"},
                {"key": "emotion", "kind": "emotion", "name": "Emotions"},
                {"key": "pain_points", "kind": "pain_points", "name": "Pain points"},
                {"key": "opportunities", "kind": "opportunities", "name": "Opportunities"},
                {"key": "metrics", "kind": "metrics", "name": "Metrics"},
                {"key": "backstage", "kind": "backstage", "name": "Backstage"},
            ],
            "cells": {
                "awareness": {
                    "text": {
                        "text": (
                            "Notices that spreadsheets and an ageing planning tool are slowing the "
                            "team down. Searches for how peers solved the same problem and "
                            "bookmarks a few articles."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Search engine"},
                            {"text": "Industry blog"},
                            {"text": "LinkedIn"},
                            {"text": "Trade show"},
                            {"text": "Peer recommendation"},
                        ],
                        "evidence": None,
                    },
                    "thoughts": {
                        "text": (
                            "Companies our size can't still be doing this by hand; there must be a "
                            "better way."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "emotion": {
                        "text": (
                            "Curious but cautious: the problem is felt, yet nobody owns it yet."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": (
                                    "Vendors are hard to tell apart behind generic marketing claims"
                                ),
                                "severity": 3,
                            },
                            {
                                "text": "No owner or budget has been assigned to the problem yet",
                                "severity": 4,
                            },
                            {
                                "text": (
                                    "Plenty of content, but little of it speaks to the industry"
                                ),
                                "severity": 2,
                            },
                        ],
                        "evidence": "assumption",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Publish industry guides with concrete figures",
                                "impact": 4,
                                "effort": 3,
                            },
                            {
                                "text": "Offer a short self-assessment of planning maturity",
                                "impact": 3,
                                "effort": 2,
                            },
                            {
                                "text": "Invite happy customers to speak at sector events",
                                "impact": 4,
                                "effort": 3,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                    "metrics": {
                        "text": (
                            "Website traffic and leads generated, tracked monthly against target."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "backstage": {
                        "text": (
                            "Marketing owns content, SEO and events; sales development follows up "
                            "with engaged accounts."
                        ),
                        "items": [
                            {"text": "Marketing automation"},
                            {"text": "CRM"},
                            {"text": "Web analytics"},
                        ],
                        "evidence": "partly_backed",
                    },
                },
                "consideration": {
                    "text": {
                        "text": (
                            "Builds a shortlist, books demos, reads reviews and case studies, and "
                            "brings IT and finance into the comparison."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Product demo"},
                            {"text": "G2 reviews"},
                            {"text": "Pricing page"},
                            {"text": "Case studies"},
                            {"text": "Webinar"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "thoughts": {
                        "text": (
                            "Which option will still fit once we have doubled in size, and what "
                            "will it really cost over three years?"
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "emotion": {
                        "text": (
                            "Engaged and hopeful, with doubt creeping in as the options pile up."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "Pricing stays unclear until a sales call", "severity": 4},
                            {
                                "text": "Security and integration details are hard to find",
                                "severity": 4,
                            },
                            {"text": "Demos show generic scenarios instead of ours", "severity": 3},
                        ],
                        "evidence": None,
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Publish transparent pricing and a total-cost calculator",
                                "impact": 5,
                                "effort": 2,
                            },
                            {
                                "text": "Provide a security and integration pack on request",
                                "impact": 4,
                                "effort": 2,
                            },
                            {
                                "text": "Run demos on a sample of the prospect's own data",
                                "impact": 4,
                                "effort": 4,
                            },
                        ],
                        "evidence": "assumption",
                    },
                    "metrics": {
                        "text": (
                            "Demo requests and free-trial sign-ups, plus the lead-to-demo rate."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "backstage": {
                        "text": (
                            "Sales runs demos alongside a solutions engineer; marketing keeps "
                            "comparison content up to date."
                        ),
                        "items": [
                            {"text": "CRM"},
                            {"text": "Demo environment"},
                            {"text": "Content library"},
                        ],
                        "evidence": "research_backed",
                    },
                },
                "trial": {
                    "text": {
                        "text": (
                            "Signs up for a trial, imports a sample of real data and tests two or "
                            "three key scenarios with the team."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "In-app onboarding"},
                            {"text": "Welcome emails"},
                            {"text": "Help centre"},
                            {"text": "Live chat"},
                        ],
                        "evidence": "research_backed",
                    },
                    "thoughts": {
                        "text": (
                            "If I can't get something useful out of this in a week, it isn't worth "
                            "the switch."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "emotion": {
                        "text": (
                            "Enthusiasm dips while setup drags on; the first real results lift "
                            "spirits."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Importing real data is fiddly and error-prone",
                                "severity": 5,
                            },
                            {"text": "Key features are locked behind paid plans", "severity": 3},
                            {
                                "text": "The trial ends before the evaluation is finished",
                                "severity": 4,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Ship realistic sample data and a guided setup",
                                "impact": 5,
                                "effort": 3,
                            },
                            {
                                "text": "Extend trials on request when a team is actively testing",
                                "impact": 3,
                                "effort": 1,
                            },
                            {
                                "text": (
                                    "Schedule a proactive check-in with a solutions engineer on "
                                    "day three"
                                ),
                                "impact": 4,
                                "effort": 2,
                            },
                        ],
                        "evidence": "assumption",
                    },
                    "metrics": {
                        "text": (
                            "Trial-to-paid conversion, time to first value and feature adoption "
                            "during the trial."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "backstage": {
                        "text": (
                            "Product and growth teams own the trial flow; support answers live "
                            "chat within the hour."
                        ),
                        "items": [
                            {"text": "Product analytics"},
                            {"text": "Help desk"},
                            {"text": "Email automation"},
                        ],
                        "evidence": "research_backed",
                    },
                },
                "purchase": {
                    "text": {
                        "text": (
                            "Chooses a plan, negotiates terms, clears procurement and the security "
                            "review, then signs the contract."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Account executive"},
                            {"text": "Proposal"},
                            {"text": "Procurement portal"},
                            {"text": "Billing portal"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "thoughts": {
                        "text": (
                            "Have we covered every risk, and can I defend this spend in front of "
                            "the board?"
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "emotion": {
                        "text": (
                            "Relief at having decided, tinged with worry about the rollout ahead."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Long security questionnaires hold up the signature",
                                "severity": 4,
                            },
                            {
                                "text": "Contract and invoicing terms clash with finance rules",
                                "severity": 3,
                            },
                            {
                                "text": "The handover from sales to onboarding feels abrupt",
                                "severity": 3,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": (
                                    "Pre-filled security questionnaire and a public trust centre"
                                ),
                                "impact": 4,
                                "effort": 2,
                            },
                            {
                                "text": (
                                    "Flexible billing: annual or quarterly, with purchase orders"
                                ),
                                "impact": 3,
                                "effort": 2,
                            },
                            {
                                "text": "Joint kickoff call with sales and customer success",
                                "impact": 4,
                                "effort": 1,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "metrics": {
                        "text": (
                            "Opportunity-to-customer conversion rate and customer acquisition cost "
                            "(CAC)."
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "backstage": {
                        "text": (
                            "Sales closes the deal; finance sets up billing; a customer success "
                            "manager is named before signature."
                        ),
                        "items": [
                            {"text": "CRM"},
                            {"text": "Contract management"},
                            {"text": "Billing system"},
                        ],
                        "evidence": None,
                    },
                },
                "onboarding": {
                    "text": {
                        "text": (
                            "Configures the workspace, connects existing systems, migrates data "
                            "and trains the first users."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Kickoff meeting"},
                            {"text": "Onboarding checklist"},
                            {"text": "Training sessions"},
                            {"text": "Knowledge base"},
                        ],
                        "evidence": "research_backed",
                    },
                    "thoughts": {
                        "text": (
                            "This is more work than we planned; when will the team actually feel "
                            "the benefit?"
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "emotion": {
                        "text": (
                            "The low point of the journey: effort peaks while the value is not yet "
                            "visible."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "The ERP integration takes weeks", "severity": 5},
                            {"text": "Users slip back to their old spreadsheets", "severity": 4},
                            {"text": "Training is the same for every role", "severity": 3},
                        ],
                        "evidence": "partly_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {"text": "Role-based onboarding paths", "impact": 5, "effort": 3},
                            {
                                "text": "Ready-made connectors for the most common ERPs",
                                "impact": 5,
                                "effort": 5,
                            },
                            {
                                "text": "Mark the first milestone with a short results summary",
                                "impact": 3,
                                "effort": 1,
                            },
                        ],
                        "evidence": None,
                    },
                    "metrics": {
                        "text": (
                            "Time to value, onboarding completion rate and support ticket volume."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "backstage": {
                        "text": (
                            "Customer success leads the plan; implementation specialists handle "
                            "data migration and integrations."
                        ),
                        "items": [
                            {"text": "Onboarding tracker"},
                            {"text": "Integration platform"},
                            {"text": "Help desk"},
                        ],
                        "evidence": None,
                    },
                },
                "adoption": {
                    "text": {
                        "text": (
                            "Uses the product every day, explores advanced features and brings "
                            "neighbouring teams on board."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "In-app tips"},
                            {"text": "Product newsletter"},
                            {"text": "User community"},
                            {"text": "Quarterly business review"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "thoughts": {
                        "text": "Now it actually saves us time; what else could we do with it?",
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "emotion": {
                        "text": "Confident and satisfied as the new routine settles in.",
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "Advanced features are hard to discover", "severity": 3},
                            {
                                "text": "Some teams use it daily while others resist the change",
                                "severity": 4,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "In-context guidance for advanced features",
                                "impact": 4,
                                "effort": 3,
                            },
                            {
                                "text": "Internal champion kit: slides, tips and short videos",
                                "impact": 4,
                                "effort": 2,
                            },
                            {
                                "text": "Usage dashboards shared with the sponsor",
                                "impact": 3,
                                "effort": 2,
                            },
                        ],
                        "evidence": "assumption",
                    },
                    "metrics": {
                        "text": "Product stickiness (DAU/MAU) and customer satisfaction.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "backstage": {
                        "text": (
                            "Customer success watches health scores; product marketing announces "
                            "new features."
                        ),
                        "items": [
                            {"text": "Product analytics"},
                            {"text": "Customer success platform"},
                            {"text": "Community forum"},
                        ],
                        "evidence": "research_backed",
                    },
                },
                "expansion": {
                    "text": {
                        "text": (
                            "Adds seats for new sites, moves up to a higher plan and buys an extra "
                            "module."
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Customer success manager"},
                            {"text": "Upgrade prompts"},
                            {"text": "Account review"},
                            {"text": "Pricing page"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "thoughts": {
                        "text": (
                            "It works for one site, so rolling it out to the others makes sense if "
                            "the price scales fairly."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "emotion": {
                        "text": "Positive and ambitious, but keeping an eye on cost.",
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "The price jump between plans feels steep", "severity": 4},
                            {"text": "It is unclear which plan fits the new needs", "severity": 3},
                        ],
                        "evidence": "research_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": (
                                    "Usage signals that trigger a well-timed expansion conversation"
                                ),
                                "impact": 5,
                                "effort": 3,
                            },
                            {
                                "text": "Graduated pricing for additional sites",
                                "impact": 4,
                                "effort": 3,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "metrics": {
                        "text": (
                            "Expansion revenue, upgrade rate and average revenue per user (ARPU)."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "backstage": {
                        "text": (
                            "Account management and customer success share expansion targets; "
                            "finance approves discounts."
                        ),
                        "items": [
                            {"text": "CRM"},
                            {"text": "Product analytics"},
                            {"text": "Billing system"},
                        ],
                        "evidence": "partly_backed",
                    },
                },
                "renewal": {
                    "text": {
                        "text": (
                            "Reviews results against the original business case, looks at "
                            "alternatives and negotiates the renewal."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Renewal notice"},
                            {"text": "Business review meeting"},
                            {"text": "Customer success manager"},
                            {"text": "Satisfaction survey"},
                        ],
                        "evidence": "assumption",
                    },
                    "thoughts": {
                        "text": (
                            "Did we get what we paid for, and would switching be worth the "
                            "disruption?"
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "emotion": {
                        "text": "Calm when the value is proven, tense when results are vague.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "No clear record of the value delivered", "severity": 4},
                            {
                                "text": "The renewal notice arrives too late for budgeting",
                                "severity": 3,
                            },
                            {
                                "text": "Unresolved support tickets weigh on the decision",
                                "severity": 4,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "A value report sent 90 days before renewal",
                                "impact": 5,
                                "effort": 2,
                            },
                            {
                                "text": "Churn-risk scoring with early alerts",
                                "impact": 5,
                                "effort": 4,
                            },
                            {
                                "text": "Loyalty terms for multi-year commitments",
                                "impact": 3,
                                "effort": 2,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "metrics": {
                        "text": "Churn rate, renewal rate and net revenue retention (NRR).",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "backstage": {
                        "text": (
                            "Customer success owns renewals together with finance; product reviews "
                            "feedback from at-risk accounts."
                        ),
                        "items": [
                            {"text": "Customer success platform"},
                            {"text": "Billing system"},
                            {"text": "Survey tool"},
                        ],
                        "evidence": None,
                    },
                },
                "advocacy": {
                    "text": {
                        "text": (
                            "Recommends the product to peers, writes a review and agrees to "
                            "feature in a case study."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Review sites"},
                            {"text": "Referral programme"},
                            {"text": "Customer events"},
                            {"text": "LinkedIn"},
                        ],
                        "evidence": "research_backed",
                    },
                    "thoughts": {
                        "text": (
                            "This project made us look good; I'm happy to tell others about it."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "emotion": {"text": "Proud and loyal.", "items": [], "evidence": "assumption"},
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Being asked for reviews feels like one more chore",
                                "severity": 2,
                            },
                            {"text": "Referral rewards are unclear", "severity": 2},
                        ],
                        "evidence": "research_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "One-click review requests after a success milestone",
                                "impact": 4,
                                "effort": 1,
                            },
                            {
                                "text": "A customer advisory board with early access",
                                "impact": 4,
                                "effort": 3,
                            },
                            {
                                "text": "A co-written case study with measurable results",
                                "impact": 5,
                                "effort": 3,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                    "metrics": {
                        "text": "NPS, referrals and reviews published.",
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "backstage": {
                        "text": (
                            "Marketing runs the advocacy and referral programmes; customer success "
                            "spots promoters."
                        ),
                        "items": [
                            {"text": "Survey tool"},
                            {"text": "Referral platform"},
                            {"text": "CRM"},
                        ],
                        "evidence": "assumption",
                    },
                },
            },
            "emotions": {
                "exec": [(0, 1), (1, 1), (-1, 1), (0, 1), (-1, 1), (1, 2), (1, 2), (0, 1), (1, 2)],
                "tech": [(0, 1), (0, 1), (-2, 0), (-1, 1), (-2, 0), (0, 1), (1, 1), (1, 2), (1, 1)],
                "champion": [
                    (1, 1),
                    (1, 2),
                    (-1, 1),
                    (0, 1),
                    (-2, 1),
                    (1, 2),
                    (2, 2),
                    (1, 2),
                    (2, 2),
                ],
            },
            "reach_metric": "Accounts reaching the stage",
            "metrics": [
                {
                    "stage": "awareness",
                    "catalogue_key": "website_traffic",
                    "name": "Website traffic",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 48000,
                    "values": [
                        31200,
                        32800,
                        33500,
                        35100,
                        34600,
                        36900,
                        39800,
                        41200,
                        40700,
                        43900,
                        45100,
                        46800,
                    ],
                },
                {
                    "stage": "awareness",
                    "catalogue_key": "leads_generated",
                    "name": "Leads generated",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 900,
                    "values": [540, 560, 598, 611, 655, 642, 702, 745, 781, 812, 806, 872],
                },
                {
                    "stage": "consideration",
                    "catalogue_key": "demo_requests",
                    "name": "Demo requests",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 140,
                    "values": [72, 78, 81, 88, 85, 94, 101, 106, 112, 109, 124, 131],
                },
                {
                    "stage": "consideration",
                    "catalogue_key": "trial_signups",
                    "name": "Free-trial sign-ups",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 420,
                    "values": [250, 262, 271, 290, 301, 296, 322, 341, 355, 368, 384, 397],
                },
                {
                    "stage": "trial",
                    "catalogue_key": "trial_to_paid",
                    "name": "Trial-to-paid conversion",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 25.0,
                    "values": [
                        14.2,
                        14.8,
                        15.5,
                        15.1,
                        16.4,
                        17.0,
                        17.8,
                        18.5,
                        19.1,
                        19.9,
                        20.6,
                        21.4,
                    ],
                },
                {
                    "stage": "trial",
                    "catalogue_key": "trial_feature_adoption",
                    "name": "Feature adoption during trial",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 60.0,
                    "values": [
                        38.0,
                        40.5,
                        41.0,
                        43.2,
                        44.0,
                        46.5,
                        48.0,
                        47.4,
                        51.0,
                        52.8,
                        54.0,
                        55.5,
                    ],
                },
                {
                    "stage": "trial",
                    "catalogue_key": "time_to_first_value",
                    "name": "Time to first value",
                    "unit": "days",
                    "direction": "lower_is_better",
                    "target": 2.0,
                    "values": [6.5, 6.2, 6.0, 5.4, 5.1, 4.8, 4.3, 4.0, 3.6, 3.2, 3.0, 2.7],
                },
                {
                    "stage": "purchase",
                    "catalogue_key": "conversion_rate",
                    "name": "Conversion rate",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 28.0,
                    "values": [
                        19.5,
                        20.1,
                        20.4,
                        21.2,
                        21.8,
                        21.5,
                        22.9,
                        23.6,
                        24.1,
                        24.8,
                        25.3,
                        26.0,
                    ],
                },
                {
                    "stage": "purchase",
                    "catalogue_key": "cac",
                    "name": "Customer acquisition cost (CAC)",
                    "unit": "currency",
                    "direction": "lower_is_better",
                    "target": 9000,
                    "values": [
                        14200,
                        13900,
                        13650,
                        13100,
                        12800,
                        12950,
                        12050,
                        11700,
                        11300,
                        10900,
                        10600,
                        10250,
                    ],
                },
                {
                    "stage": "onboarding",
                    "catalogue_key": "time_to_value",
                    "name": "Time to value",
                    "unit": "days",
                    "direction": "lower_is_better",
                    "target": 14.0,
                    "values": [
                        34.0,
                        33.0,
                        31.0,
                        30.0,
                        28.0,
                        27.0,
                        25.0,
                        23.0,
                        22.0,
                        20.0,
                        19.0,
                        17.0,
                    ],
                },
                {
                    "stage": "onboarding",
                    "catalogue_key": "onboarding_completion",
                    "name": "Onboarding completion rate",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 85.0,
                    "values": [
                        61.0,
                        63.5,
                        65.0,
                        66.2,
                        68.0,
                        70.4,
                        72.0,
                        73.5,
                        75.1,
                        77.0,
                        78.4,
                        80.2,
                    ],
                },
                {
                    "stage": "onboarding",
                    "catalogue_key": "onboarding_tickets",
                    "name": "Support ticket volume",
                    "unit": "count",
                    "direction": "lower_is_better",
                    "target": 120,
                    "values": [240, 232, 225, 214, 205, 198, 186, 175, 166, 158, 149, 141],
                },
                {
                    "stage": "adoption",
                    "catalogue_key": "stickiness",
                    "name": "Product stickiness (DAU/MAU)",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 45.0,
                    "values": [
                        28.4,
                        29.1,
                        30.2,
                        31.0,
                        32.5,
                        33.1,
                        34.6,
                        35.2,
                        36.8,
                        37.5,
                        38.9,
                        40.1,
                    ],
                },
                {
                    "stage": "adoption",
                    "catalogue_key": "csat_adoption",
                    "name": "Customer satisfaction (CSAT)",
                    "unit": "score",
                    "direction": "higher_is_better",
                    "target": 4.5,
                    "values": [3.9, 3.9, 4.0, 4.0, 4.1, 4.1, 4.1, 4.2, 4.2, 4.3, 4.3, 4.4],
                },
                {
                    "stage": "expansion",
                    "catalogue_key": "expansion_revenue",
                    "name": "Expansion revenue",
                    "unit": "currency",
                    "direction": "higher_is_better",
                    "target": 60000,
                    "values": [
                        28000,
                        30500,
                        31200,
                        34800,
                        36100,
                        38900,
                        40200,
                        43500,
                        45800,
                        48100,
                        51600,
                        54200,
                    ],
                },
                {
                    "stage": "expansion",
                    "catalogue_key": "upgrade_rate",
                    "name": "Upgrade rate",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 6.0,
                    "values": [2.8, 3.0, 3.1, 3.4, 3.6, 3.9, 4.1, 4.3, 4.6, 4.9, 5.1, 5.4],
                },
                {
                    "stage": "expansion",
                    "catalogue_key": "arpu",
                    "name": "Average revenue per user (ARPU)",
                    "unit": "currency",
                    "direction": "higher_is_better",
                    "target": 1500,
                    "values": [
                        1180,
                        1192,
                        1205,
                        1221,
                        1240,
                        1256,
                        1270,
                        1291,
                        1310,
                        1326,
                        1345,
                        1368,
                    ],
                },
                {
                    "stage": "renewal",
                    "catalogue_key": "churn_rate",
                    "name": "Churn rate",
                    "unit": "percent",
                    "direction": "lower_is_better",
                    "target": 1.5,
                    "values": [3.1, 3.0, 2.9, 2.9, 2.7, 2.6, 2.4, 2.3, 2.2, 2.0, 1.9, 1.8],
                },
                {
                    "stage": "renewal",
                    "catalogue_key": "nrr",
                    "name": "Net revenue retention (NRR)",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 110.0,
                    "values": [
                        98.5,
                        99.2,
                        100.1,
                        100.8,
                        101.5,
                        102.3,
                        103.0,
                        103.6,
                        104.4,
                        105.1,
                        105.8,
                        106.7,
                    ],
                },
                {
                    "stage": "renewal",
                    "catalogue_key": "renewal_rate",
                    "name": "Renewal rate",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 92.0,
                    "values": [
                        84.0,
                        84.6,
                        85.1,
                        85.9,
                        86.4,
                        87.2,
                        87.8,
                        88.3,
                        89.0,
                        89.6,
                        90.1,
                        90.8,
                    ],
                },
                {
                    "stage": "advocacy",
                    "catalogue_key": "nps",
                    "name": "NPS",
                    "unit": "score",
                    "direction": "higher_is_better",
                    "target": 50.0,
                    "values": [
                        22.0,
                        24.0,
                        25.0,
                        27.0,
                        29.0,
                        31.0,
                        33.0,
                        34.0,
                        36.0,
                        38.0,
                        40.0,
                        42.0,
                    ],
                },
                {
                    "stage": "advocacy",
                    "catalogue_key": "referrals",
                    "name": "Referrals",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 40,
                    "values": [9, 11, 12, 14, 15, 18, 19, 22, 24, 27, 29, 32],
                },
                {
                    "stage": "advocacy",
                    "catalogue_key": "reviews",
                    "name": "Reviews published",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 25,
                    "values": [4, 5, 7, 6, 8, 10, 11, 13, 14, 16, 18, 19],
                },
            ],
        },
        {
            "title": "SaaS customer lifecycle",
            "description": (
                "A shorter, non-linear lifecycle: after expanding, customers loop back to adoption "
                "as new users and features arrive."
            ),
            "personas": ["exec", "champion"],
            "stages": [
                {
                    "key": "awareness",
                    "name": "Awareness",
                    "description": (
                        "A company runs into a need and first hears of the product through search, "
                        "a social post or an article."
                    ),
                    "colour": "#7fb3d5",
                    "loop_to": None,
                },
                {
                    "key": "consideration",
                    "name": "Consideration",
                    "description": (
                        "The buying team sizes the product up against rival offers, reading "
                        "reviews and trying it out."
                    ),
                    "colour": "#76c7c0",
                    "loop_to": None,
                },
                {
                    "key": "decision",
                    "name": "Decision / Purchase",
                    "description": (
                        "Sign-off is given, a plan is chosen and the subscription starts."
                    ),
                    "colour": "#a8d18d",
                    "loop_to": None,
                },
                {
                    "key": "activation",
                    "name": "Activation",
                    "description": (
                        "The account is configured and the first users complete a real task with "
                        "the main features."
                    ),
                    "colour": "#f2c572",
                    "loop_to": None,
                },
                {
                    "key": "adoption",
                    "name": "Adoption",
                    "description": (
                        "The product becomes part of everyday work and starts paying off; every "
                        "wave of new users brought in by expansion passes through here again."
                    ),
                    "colour": "#f0a07c",
                    "loop_to": None,
                },
                {
                    "key": "retention",
                    "name": "Retention",
                    "description": (
                        "Regular contact, attentive support and care keep the account subscribed; "
                        "once renewed, it is ready to expand."
                    ),
                    "colour": "#b99bd8",
                    "loop_to": "expansion",
                },
                {
                    "key": "expansion",
                    "name": "Expansion",
                    "description": (
                        "The account grows through upgrades, extra seats or add-on services, then "
                        "loops back to adoption for the newcomers."
                    ),
                    "colour": "#e58fa5",
                    "loop_to": "adoption",
                },
            ],
            "lanes": [
                {"key": "text", "kind": "text", "name": "Customer actions"},
                {"key": "touchpoints", "kind": "touchpoints", "name": "Touchpoints & channels"},
                {"key": "emotion", "kind": "emotion", "name": "Emotions"},
                {"key": "pain_points", "kind": "pain_points", "name": "Pain points"},
                {"key": "opportunities", "kind": "opportunities", "name": "Opportunities"},
            ],
            "cells": {
                "awareness": {
                    "text": {
                        "text": (
                            "Reads about the problem on blogs and social media and comes across "
                            "the product in search results."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "SEO"},
                            {"text": "Social media"},
                            {"text": "Content marketing"},
                            {"text": "Podcasts"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "emotion": {
                        "text": "Neutral, mildly interested.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Category jargon makes every offer sound the same",
                                "severity": 3,
                            },
                            {
                                "text": "Little proof that speaks to mid-size companies",
                                "severity": 3,
                            },
                        ],
                        "evidence": "assumption",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Plain-language pages for each use case",
                                "impact": 4,
                                "effort": 2,
                            },
                            {
                                "text": "Short video stories from comparable customers",
                                "impact": 4,
                                "effort": 3,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                },
                "consideration": {
                    "text": {
                        "text": (
                            "Compares products side by side, reads reviews and asks for a demo or "
                            "a free trial."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Website"},
                            {"text": "Review sites"},
                            {"text": "Demo"},
                            {"text": "Free trial"},
                        ],
                        "evidence": "research_backed",
                    },
                    "emotion": {
                        "text": "Interested, a little overwhelmed by the choice.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Feature comparisons are biased or out of date",
                                "severity": 3,
                            },
                            {
                                "text": "Hard to get every stakeholder involved at once",
                                "severity": 4,
                            },
                        ],
                        "evidence": None,
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Honest comparison pages kept up to date",
                                "impact": 3,
                                "effort": 2,
                            },
                            {
                                "text": "A stakeholder pack with one page per buying role",
                                "impact": 4,
                                "effort": 2,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                },
                "decision": {
                    "text": {
                        "text": "Agrees on a plan and a budget, gets sign-off and subscribes.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Sales call"},
                            {"text": "Quote"},
                            {"text": "Online checkout"},
                            {"text": "Contract"},
                        ],
                        "evidence": "research_backed",
                    },
                    "emotion": {
                        "text": "Committed, slightly anxious about the change.",
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "The approval chain is slow", "severity": 4},
                            {"text": "Plan options are hard to tell apart", "severity": 3},
                        ],
                        "evidence": "assumption",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "A clear plan comparison with a recommended option",
                                "impact": 4,
                                "effort": 2,
                            },
                            {
                                "text": "A mutual action plan agreed with the buyer",
                                "impact": 4,
                                "effort": 2,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                },
                "activation": {
                    "text": {
                        "text": (
                            "Sets up accounts, invites colleagues and completes a first real task "
                            "in the product."
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Setup wizard"},
                            {"text": "Welcome email"},
                            {"text": "Onboarding call"},
                            {"text": "Help centre"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "emotion": {
                        "text": "Anxious at first, then reassured by the first success.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "An empty workspace gives no clear starting point",
                                "severity": 4,
                            },
                            {"text": "Invited colleagues never log in", "severity": 4},
                        ],
                        "evidence": None,
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Templates that pre-fill the workspace",
                                "impact": 5,
                                "effort": 2,
                            },
                            {
                                "text": "Reminders for invitees who have not logged in yet",
                                "impact": 3,
                                "effort": 1,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                },
                "adoption": {
                    "text": {
                        "text": (
                            "Works the product into weekly routines and starts relying on it for "
                            "reporting."
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "In-app messages"},
                            {"text": "Webinars"},
                            {"text": "Community"},
                            {"text": "Newsletter"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "emotion": {
                        "text": "Satisfied: the product has become a habit.",
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "Usage levels off after the first month", "severity": 3},
                            {"text": "New hires are never trained", "severity": 3},
                        ],
                        "evidence": "partly_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Monthly tips based on actual usage",
                                "impact": 3,
                                "effort": 2,
                            },
                            {
                                "text": "A self-paced academy for new users",
                                "impact": 4,
                                "effort": 3,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                },
                "retention": {
                    "text": {
                        "text": (
                            "Contacts support when needed, attends business reviews and renews the "
                            "subscription."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Support"},
                            {"text": "Customer success manager"},
                            {"text": "NPS survey"},
                            {"text": "Business review"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "emotion": {
                        "text": "Loyal when support is quick, frustrated when issues drag on.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "Slow answers to support tickets", "severity": 5},
                            {"text": "Promises made during the sale are not kept", "severity": 4},
                        ],
                        "evidence": "research_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Health scores that flag at-risk accounts early",
                                "impact": 5,
                                "effort": 4,
                            },
                            {
                                "text": "Realistic expectations set from the very first call",
                                "impact": 4,
                                "effort": 1,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                },
                "expansion": {
                    "text": {
                        "text": "Moves up to a higher plan, adds users or buys an add-on service.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Account manager"},
                            {"text": "Upgrade prompts"},
                            {"text": "Pricing page"},
                            {"text": "Customer events"},
                        ],
                        "evidence": "assumption",
                    },
                    "emotion": {
                        "text": "Excited about growth, careful with the budget.",
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "Upgrades trigger a new procurement cycle", "severity": 3},
                            {"text": "Add-ons are poorly explained", "severity": 2},
                        ],
                        "evidence": "partly_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Self-service upgrades within agreed limits",
                                "impact": 4,
                                "effort": 3,
                            },
                            {"text": "Bundles for multi-team rollouts", "impact": 3, "effort": 2},
                        ],
                        "evidence": "research_backed",
                    },
                },
            },
            "emotions": {
                "exec": [(0, 1), (1, 1), (0, 1), (-1, 1), (1, 2), (0, 1), (1, 2)],
                "champion": [(1, 1), (1, 2), (0, 1), (-2, 1), (1, 2), (1, 2), (2, 2)],
            },
            "metrics": [
                {
                    "stage": "awareness",
                    "catalogue_key": "brand_mentions",
                    "name": "Brand mentions",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 300,
                    "values": [142, 150, 163, 158, 175, 190, 204, 199, 221, 238, 252, 266],
                },
                {
                    "stage": "awareness",
                    "name": "Social media engagement rate",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 3.5,
                    "values": [1.8, 1.9, 2.0, 2.1, 2.0, 2.3, 2.4, 2.6, 2.5, 2.8, 2.9, 3.1],
                },
                {
                    "stage": "consideration",
                    "catalogue_key": "lead_generation_rate",
                    "name": "Lead generation rate",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 3.5,
                    "values": [2.2, 2.3, 2.3, 2.5, 2.6, 2.6, 2.8, 2.9, 3.0, 3.0, 3.1, 3.2],
                },
                {
                    "stage": "consideration",
                    "catalogue_key": "demo_requests",
                    "name": "Demo requests",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 150,
                    "values": [88, 91, 97, 95, 104, 110, 116, 121, 119, 128, 134, 141],
                },
                {
                    "stage": "decision",
                    "catalogue_key": "conversion_rate",
                    "name": "Conversion rate",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 25.0,
                    "values": [
                        16.8,
                        17.2,
                        17.9,
                        18.1,
                        18.8,
                        19.4,
                        20.0,
                        20.3,
                        21.1,
                        21.6,
                        22.2,
                        22.9,
                    ],
                },
                {
                    "stage": "decision",
                    "catalogue_key": "cac",
                    "name": "Customer acquisition cost (CAC)",
                    "unit": "currency",
                    "direction": "lower_is_better",
                    "target": 9500,
                    "values": [
                        13800,
                        13650,
                        13300,
                        13100,
                        12700,
                        12400,
                        12150,
                        11800,
                        11500,
                        11200,
                        10950,
                        10600,
                    ],
                },
                {
                    "stage": "activation",
                    "catalogue_key": "time_to_first_value",
                    "name": "Time to first value",
                    "unit": "days",
                    "direction": "lower_is_better",
                    "target": 3.0,
                    "values": [7.5, 7.2, 6.8, 6.5, 6.1, 5.6, 5.3, 4.9, 4.6, 4.2, 3.9, 3.6],
                },
                {
                    "stage": "activation",
                    "name": "Feature usage",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 70.0,
                    "values": [
                        44.0,
                        46.0,
                        47.5,
                        49.0,
                        51.0,
                        52.5,
                        54.0,
                        56.0,
                        57.5,
                        59.0,
                        61.0,
                        62.5,
                    ],
                },
                {
                    "stage": "adoption",
                    "catalogue_key": "stickiness",
                    "name": "Product stickiness (DAU/MAU)",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 45.0,
                    "values": [
                        30.5,
                        31.0,
                        31.8,
                        32.6,
                        33.1,
                        34.0,
                        34.9,
                        35.5,
                        36.2,
                        37.4,
                        38.0,
                        39.1,
                    ],
                },
                {
                    "stage": "adoption",
                    "catalogue_key": "csat_adoption",
                    "name": "Customer satisfaction (CSAT)",
                    "unit": "score",
                    "direction": "higher_is_better",
                    "target": 4.5,
                    "values": [4.0, 4.0, 4.1, 4.0, 4.1, 4.2, 4.2, 4.2, 4.3, 4.3, 4.3, 4.4],
                },
                {
                    "stage": "retention",
                    "catalogue_key": "churn_rate",
                    "name": "Churn rate",
                    "unit": "percent",
                    "direction": "lower_is_better",
                    "target": 1.5,
                    "values": [2.9, 2.8, 2.8, 2.6, 2.5, 2.5, 2.3, 2.2, 2.1, 2.0, 1.9, 1.8],
                },
                {
                    "stage": "retention",
                    "catalogue_key": "clv",
                    "name": "Customer lifetime value (CLTV)",
                    "unit": "currency",
                    "direction": "higher_is_better",
                    "target": 65000,
                    "values": [
                        41200,
                        42100,
                        43300,
                        44000,
                        45600,
                        47100,
                        48200,
                        49900,
                        51300,
                        52800,
                        54100,
                        55900,
                    ],
                },
                {
                    "stage": "retention",
                    "catalogue_key": "nps",
                    "name": "NPS",
                    "unit": "score",
                    "direction": "higher_is_better",
                    "target": 50.0,
                    "values": [
                        24.0,
                        25.0,
                        27.0,
                        28.0,
                        30.0,
                        31.0,
                        33.0,
                        35.0,
                        36.0,
                        38.0,
                        39.0,
                        41.0,
                    ],
                },
                {
                    "stage": "expansion",
                    "catalogue_key": "upgrade_rate",
                    "name": "Upgrade rate",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 6.0,
                    "values": [3.0, 3.1, 3.3, 3.2, 3.6, 3.8, 4.0, 4.1, 4.4, 4.6, 4.9, 5.1],
                },
                {
                    "stage": "expansion",
                    "catalogue_key": "arpu",
                    "name": "Average revenue per user (ARPU)",
                    "unit": "currency",
                    "direction": "higher_is_better",
                    "target": 1500,
                    "values": [
                        1150,
                        1162,
                        1178,
                        1190,
                        1205,
                        1219,
                        1238,
                        1251,
                        1270,
                        1288,
                        1301,
                        1322,
                    ],
                },
            ],
        },
    ],
}
