"""Starting content of the three built-in persona templates, in English and French."""

from typing import TypedDict


class TemplateSeed(TypedDict):
    """A generic persona to start from: no person, company or place, only a buying role."""

    archetype: str  # an Archetype value: executive_sponsor, technical_evaluator, end_user_champion
    label: str  # the template's name in the "New persona" menu
    name: str  # placeholder persona name, meant to be replaced
    job_title: str
    company_size: str
    industry: str  # left empty: a template does not guess the user's market
    quote: str
    bio: str
    goals: list[str]
    pain_points: list[str]
    motivations: list[str]
    objections: list[str]
    decision_criteria: list[str]
    channels: list[str]
    tools: list[str]
    tags: list[str]
    tech_savviness: int  # 1..5
    influence: int  # 1..5


_EN: list[TemplateSeed] = [
    {
        "archetype": "executive_sponsor",
        "label": "Executive sponsor",
        "name": "New executive sponsor",
        "job_title": "Chief Operating Officer",
        "company_size": "200-500 employees",
        "industry": "",
        "quote": "Show me how this moves our numbers, and I will back it.",
        "bio": (
            "Owns the budget and the business outcome, and signs off the purchase once the case "
            "holds up. Rarely involved in day-to-day evaluation, but steps in at key moments to "
            "weigh value, risk and strategic fit."
        ),
        "goals": [
            "Tie the purchase to a clear company objective",
            "Prove a measurable return within the first year",
            "Gain an edge over competitors",
            "Choose a platform that can grow with the business",
        ],
        "pain_points": [
            "Business cases built on vague or optimistic numbers",
            "Past projects that ran over budget or over time",
            "Feature lists that hide the real value",
            "Tools that cannot keep up with growth",
        ],
        "motivations": [
            "Delivering results the board can see",
            "Lowering operating costs without cutting service",
            "Staying ahead of competitors",
            "Building for the next three to five years",
        ],
        "objections": [
            "Will this vendor still exist, and still care about us, in five years?",
            "The return is not proven for a company like ours.",
            "Costs could climb steeply once more teams join.",
            "A drawn-out rollout would distract the business from its priorities.",
        ],
        "decision_criteria": [
            "A clear ROI and a known payback period",
            "Alignment with the company's strategic priorities",
            "Evidence the vendor will be around for years",
            "Full cost over the contract, not just the licence",
            "Headroom for more users, teams and data",
        ],
        "channels": [
            "Peer recommendations",
            "Analyst reports",
            "Industry events",
            "Briefings from their own team",
            "LinkedIn",
        ],
        "tools": [
            "Business intelligence dashboards",
            "Spreadsheets",
            "Video conferencing",
            "ERP or finance reports",
        ],
        "tags": ["Budget holder", "Final decision"],
        "tech_savviness": 2,
        "influence": 5,
    },
    {
        "archetype": "technical_evaluator",
        "label": "Technical evaluator",
        "name": "New technical evaluator",
        "job_title": "Head of IT",
        "company_size": "200-500 employees",
        "industry": "",
        "quote": "Before we talk features, show me the APIs and the security documentation.",
        "bio": (
            "Checks that the product will work with existing systems, meet security rules and "
            "stay reliable once it is live. Can block a purchase on technical grounds and usually "
            "ends up supporting the tool afterwards."
        ),
        "goals": [
            "Connect the tool to existing systems with little custom work",
            "Satisfy security and compliance requirements",
            "Hold performance and uptime at agreed levels",
            "Size the project to the people actually available",
            "Avoid adding yet another system to look after",
        ],
        "pain_points": [
            "Security questionnaires answered with marketing copy",
            "Connectors that cover only the easy cases",
            "Project plans that leave out the customer's own workload",
            "Slow escalation when a real engineer is needed",
        ],
        "motivations": [
            "Systems that stay simple to run a year from now",
            "Quiet nights and a short incident list",
            "Earning a say early in buying decisions",
            "Working with current technology that keeps skills fresh",
        ],
        "objections": [
            "Which region hosts our data, and how is access to it controlled?",
            "Audit logs and single sign-on should not be paid add-ons.",
            "The integration will pull engineers off other projects for months.",
            "There is no service-level commitment we can rely on.",
        ],
        "decision_criteria": [
            "APIs and native connectors to the systems we run",
            "Security certifications and proof of compliance",
            "Demonstrated performance, uptime and service levels",
            "Implementation effort and the resources it takes",
            "Fast, competent technical support with clear escalation",
        ],
        "channels": [
            "Technical documentation",
            "Hands-on trial environment",
            "Developer communities",
            "Vendor security and compliance portals",
            "Architecture review meetings",
        ],
        "tools": [
            "Identity provider and single sign-on",
            "Monitoring and alerting",
            "IT ticketing system",
            "API testing client",
            "Cloud administration console",
        ],
        "tags": ["Technical sign-off", "Integration"],
        "tech_savviness": 5,
        "influence": 4,
    },
    {
        "archetype": "end_user_champion",
        "label": "End-user champion",
        "name": "New end-user champion",
        "job_title": "Operations Team Lead",
        "company_size": "200-500 employees",
        "industry": "",
        "quote": "If it saves my team an hour a day, I will get everyone on board.",
        "bio": (
            "Works in the product daily and speaks for the people who will work in it. Their "
            "support, or their doubts, carry weight with the buyers and decide adoption after "
            "the purchase."
        ),
        "goals": [
            "Cut the time spent on repetitive manual tasks",
            "Fit the tool into how the team already works",
            "Get the whole team productive within weeks",
            "Have the everyday features close at hand",
        ],
        "pain_points": [
            "Cluttered screens and too many clicks",
            "Tools that force awkward workarounds",
            "Training that is long, generic or both",
            "Help that is hard to find when stuck",
        ],
        "motivations": [
            "A calmer, more productive working day",
            "Trust from colleagues who rely on their judgement",
            "Seeing the team adopt a tool they helped choose",
            "Growing skills that count in the next role",
        ],
        "objections": [
            "Nice demo, but my team has dropped tools like this before.",
            "We do not have time to learn yet another tool.",
            "It lacks something we do every day.",
            "Who helps us when something goes wrong?",
        ],
        "decision_criteria": [
            "Easy to use from the first session",
            "Matches daily routines and the tools already in place",
            "Quick to learn, with training that fits busy schedules",
            "Features that cover everyday tasks",
            "In-app help, guides and a responsive support team",
        ],
        "channels": [
            "Free trial",
            "Video tutorials",
            "Online reviews",
            "User communities",
            "Word of mouth from colleagues",
        ],
        "tools": [
            "Spreadsheets",
            "Team chat",
            "Email",
            "Shared calendars",
            "Task tracker",
        ],
        "tags": ["Hands-on user", "Adoption driver"],
        "tech_savviness": 3,
        "influence": 3,
    },
]

_FR: list[TemplateSeed] = [
    {
        "archetype": "executive_sponsor",
        "label": "Sponsor exécutif",
        "name": "Nouveau sponsor exécutif",
        "job_title": "Directeur des opérations",
        "company_size": "200 à 500 salariés",
        "industry": "",
        "quote": "Dites-moi ce que cela change pour nos résultats, et je m’engage.",
        "bio": (
            "Porte le budget et l’enjeu métier, et valide l’achat une fois le dossier solide. "
            "Intervient peu dans l’évaluation au quotidien, mais tranche aux moments clés entre "
            "valeur, risque et cohérence stratégique."
        ),
        "goals": [
            "Rattacher l’achat à un objectif clair de l’entreprise",
            "Démontrer un retour mesurable dès la première année",
            "Prendre l’avantage sur la concurrence",
            "Choisir une plateforme qui suivra la croissance",
        ],
        "pain_points": [
            "Des dossiers d’investissement aux chiffres flous ou trop optimistes",
            "Des projets passés qui ont dérapé en coût ou en délai",
            "Des listes de fonctionnalités qui masquent la valeur réelle",
            "Des outils qui ne suivent pas la croissance",
        ],
        "motivations": [
            "Présenter des résultats concrets au comité de direction",
            "Réduire les coûts d’exploitation sans dégrader le service",
            "Garder une longueur d’avance sur les concurrents",
            "Construire pour les trois à cinq ans à venir",
        ],
        "objections": [
            "Et si l’éditeur ne passe pas les trois prochaines années ?",
            "Le retour sur investissement n’est pas prouvé pour une entreprise comme la nôtre.",
            "La facture pourrait grimper vite quand d’autres équipes s’y mettront.",
            "Un déploiement qui s’éternise détournerait l’entreprise de ses priorités.",
        ],
        "decision_criteria": [
            "Un ROI clair et un délai de retour connu",
            "L’alignement avec les priorités stratégiques de l’entreprise",
            "Des garanties sur la pérennité de l’éditeur",
            "Le coût complet sur la durée du contrat, pas seulement la licence",
            "De la marge pour plus d’utilisateurs, d’équipes et de données",
        ],
        "channels": [
            "Recommandations de pairs",
            "Rapports d’analystes",
            "Salons et conférences",
            "Points de synthèse avec ses équipes",
            "LinkedIn",
        ],
        "tools": [
            "Tableaux de bord décisionnels",
            "Tableur",
            "Visioconférence",
            "Reporting ERP ou financier",
        ],
        "tags": ["Détient le budget", "Décision finale"],
        "tech_savviness": 2,
        "influence": 5,
    },
    {
        "archetype": "technical_evaluator",
        "label": "Évaluateur technique",
        "name": "Nouvel évaluateur technique",
        "job_title": "Responsable des systèmes d’information",
        "company_size": "200 à 500 salariés",
        "industry": "",
        "quote": "Avant de parler fonctionnalités, montrez-moi les API et le dossier sécurité.",
        "bio": (
            "Vérifie que le produit s’intègre aux systèmes en place, respecte les règles de "
            "sécurité et reste fiable en production. Peut bloquer un achat pour des raisons "
            "techniques et hérite souvent du support de l’outil ensuite."
        ),
        "goals": [
            "Relier l’outil aux systèmes existants avec peu de développement spécifique",
            "Satisfaire aux exigences de sécurité et de conformité",
            "Tenir les niveaux de performance et de disponibilité convenus",
            "Dimensionner le projet selon les personnes réellement disponibles",
            "Éviter un système de plus à administrer",
        ],
        "pain_points": [
            "Des questionnaires de sécurité remplis avec du discours commercial",
            "Des connecteurs qui ne couvrent que les cas simples",
            "Des plannings projet qui oublient la charge côté client",
            "Une escalade lente quand il faut un vrai ingénieur",
        ],
        "motivations": [
            "Des systèmes encore simples à exploiter dans un an",
            "Des nuits calmes et peu d’incidents",
            "Être consulté tôt dans les décisions d’achat",
            "Monter en compétence sur des technologies actuelles",
        ],
        "objections": [
            "Dans quelle région nos données sont-elles hébergées, et comment leur accès "
            "est-il contrôlé ?",
            "Les journaux d’audit et le SSO ne devraient pas être des options payantes.",
            "L’intégration va mobiliser nos ingénieurs pendant des mois au détriment d’autres "
            "projets.",
            "Aucun engagement de niveau de service sur lequel s’appuyer.",
        ],
        "decision_criteria": [
            "Des API et des connecteurs natifs vers nos systèmes",
            "Des certifications de sécurité et des preuves de conformité",
            "Des performances, une disponibilité et des niveaux de service démontrés",
            "L’effort de mise en œuvre et les ressources qu’il mobilise",
            "Un support technique rapide et compétent, avec une escalade claire",
        ],
        "channels": [
            "Documentation technique",
            "Environnement d’essai",
            "Communautés de développeurs",
            "Portails sécurité et conformité des éditeurs",
            "Comités d’architecture",
        ],
        "tools": [
            "Fournisseur d’identité et SSO",
            "Supervision et alertes",
            "Outil de ticketing",
            "Client de test d’API",
            "Console d’administration cloud",
        ],
        "tags": ["Avis technique", "Intégration"],
        "tech_savviness": 5,
        "influence": 4,
    },
    {
        "archetype": "end_user_champion",
        "label": "Utilisateur référent",
        "name": "Nouvel utilisateur référent",
        "job_title": "Chef d’équipe opérations",
        "company_size": "200 à 500 salariés",
        "industry": "",
        "quote": (
            "Si ça fait gagner une heure par jour à mon équipe, je me charge de convaincre "
            "tout le monde."
        ),
        "bio": (
            "Travaille dans l’outil tous les jours et parle au nom de celles et ceux qui "
            "l’utiliseront. Son adhésion, ou ses réserves, pèsent auprès des acheteurs et "
            "décident de l’adoption après l’achat."
        ),
        "goals": [
            "Passer moins de temps sur les tâches manuelles répétitives",
            "Intégrer l’outil à la façon dont l’équipe travaille déjà",
            "Rendre toute l’équipe productive en quelques semaines",
            "Avoir les fonctions du quotidien à portée de main",
        ],
        "pain_points": [
            "Des écrans chargés et trop de clics",
            "Des outils qui imposent des contournements",
            "Des formations longues, génériques, ou les deux",
            "Une aide introuvable quand on est bloqué",
        ],
        "motivations": [
            "Des journées plus sereines et plus productives",
            "La confiance des collègues qui s’appuient sur son avis",
            "Voir l’équipe adopter un outil qu’elle a aidé à choisir",
            "Développer des compétences utiles pour la suite de sa carrière",
        ],
        "objections": [
            "Belle démo, mais mon équipe a déjà laissé tomber des outils de ce genre.",
            "Nous n’avons pas le temps d’apprendre un outil de plus.",
            "Il manque quelque chose que nous faisons tous les jours.",
            "Qui nous aide quand quelque chose ne marche pas ?",
        ],
        "decision_criteria": [
            "Simple à utiliser dès la première séance",
            "Cohérent avec les routines quotidiennes et les outils en place",
            "Rapide à apprendre, avec une formation compatible avec un agenda chargé",
            "Des fonctionnalités adaptées aux tâches courantes",
            "Aide intégrée, guides et équipe support réactive",
        ],
        "channels": [
            "Essai gratuit",
            "Tutoriels vidéo",
            "Avis en ligne",
            "Communautés d’utilisateurs",
            "Bouche-à-oreille entre collègues",
        ],
        "tools": [
            "Tableur",
            "Messagerie d’équipe",
            "E-mail",
            "Agendas partagés",
            "Gestionnaire de tâches",
        ],
        "tags": ["Utilisateur au quotidien", "Moteur de l’adoption"],
        "tech_savviness": 3,
        "influence": 3,
    },
]

TEMPLATES: dict[str, list[TemplateSeed]] = {"en": _EN, "fr": _FR}


def archetype_templates(lang: str) -> list[TemplateSeed]:
    """Return the three archetype templates for a language or locale: French, or else English."""
    code = lang.strip().lower()
    if code == "fr" or code.startswith(("fr_", "fr-")):
        return TEMPLATES["fr"]
    return TEMPLATES["en"]
