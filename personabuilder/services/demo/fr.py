"""Contenu de démonstration en français : trois personas d’achat SaaS et deux parcours."""

from personabuilder.services.demo.types import DemoContent

CONTENT: DemoContent = {
    "personas": [
        {
            "key": "exec",
            "archetype": "executive_sponsor",
            "name": "Claire Dumont",
            "job_title": "Directrice des opérations",
            "company": "Corvane Logistique",
            "company_size": "200 à 500 salariés",
            "industry": "Transport et logistique",
            "age_band": "45-54",
            "location": "Lyon, France",
            "quote": (
                "Je n’achète pas un logiciel, j’achète un résultat que je peux présenter au comité "
                "de direction d’ici un an."
            ),
            "bio": (
                "Claire est entrée chez Corvane il y a huit ans et pilote aujourd’hui "
                "l’exploitation de quatre plateformes régionales. Elle porte le projet qui doit "
                "remplacer les tableurs et un outil de planification vieillissant installé sur "
                "site. Elle raisonne en business case et à trois ans, et veut des preuves avant de "
                "s’engager. Elle laisse les détails à ses responsables SI et planification, mais "
                "c’est elle qui tranche."
            ),
            "goals": [
                "Réduire d’un cinquième le temps consacré à la planification en 18 mois",
                (
                    "Offrir au comité de direction une vision unique et fiable de la performance "
                    "des sites"
                ),
                "Ouvrir deux nouveaux sites sans recruter de planificateurs supplémentaires",
                "Moins dépendre de quelques experts des tableurs",
                "Démontrer un retour sur investissement mesurable dès le premier renouvellement",
            ],
            "pain_points": [
                "Les chiffres hebdomadaires arrivent tard et se contredisent",
                "Les derniers projets informatiques ont dépassé budget et délais",
                (
                    "Difficile de comparer les éditeurs sur la valeur plutôt que sur les "
                    "fonctionnalités"
                ),
                "Le savoir-faire repose sur deux planificateurs proches de la retraite",
                "L’outil actuel se renouvelle tacitement et coûte cher à quitter",
            ],
            "motivations": [
                "Être reconnue comme celle qui a modernisé l’exploitation",
                "Préserver les marges sur un marché très disputé",
                "Libérer les managers du reporting pour qu’ils se consacrent aux clients",
                "Bâtir une plateforme qui accompagne le plan de croissance",
            ],
            "objections": [
                "Que deviennent nos données si l’éditeur est racheté ou disparaît ?",
                "Le ROI est séduisant sur les slides ; montrez-moi un client qui nous ressemble.",
                "Nous ne pouvons pas nous permettre des mois de perturbation en haute saison.",
                "Une tarification par utilisateur nous pénalisera à mesure que nous grandirons.",
            ],
            "decision_criteria": [
                "Un ROI clair, avec un retour sur investissement en moins de deux ans",
                "La solidité financière de l’éditeur et ses références clients",
                "La capacité à suivre la croissance en sites et en utilisateurs",
                "Le coût total de possession sur trois ans",
                "La cohérence avec la feuille de route numérique",
            ],
            "channels": [
                "Réseau de pairs",
                "Salons et conférences du secteur",
                "Études d’analystes",
                "LinkedIn",
                "Points hebdomadaires avec son équipe",
            ],
            "tools": ["Power BI", "Excel", "Microsoft Teams", "Reporting de l’ERP"],
            "tech_savviness": 3,
            "influence": 5,
            "tags": ["Détient le budget", "Décision finale", "Comité de direction"],
        },
        {
            "key": "tech",
            "archetype": "technical_evaluator",
            "name": "Karim Benali",
            "job_title": "Responsable architecture SI",
            "company": "Corvane Logistique",
            "company_size": "200 à 500 salariés",
            "industry": "Transport et logistique",
            "age_band": "35-44",
            "location": "Lyon, France",
            "quote": (
                "Si l’outil ne dialogue pas avec notre ERP et ne passe pas notre revue de "
                "sécurité, la démo ne compte pas."
            ),
            "bio": (
                "Karim dirige une équipe informatique de six personnes qui gère l’ERP, le système "
                "de gestion d’entrepôt et le réseau. Chaque nouvel outil passe par sa revue de "
                "sécurité et d’intégration, et il a déjà été échaudé par des éditeurs dont l’API "
                "tenait moins que promis. Il préfère une bonne documentation et un bac à sable à "
                "une présentation commerciale. Il sait aussi que, quel que soit l’outil retenu, "
                "c’est son équipe qui en assurera le support."
            ),
            "goals": [
                "Connecter la nouvelle plateforme à l’ERP et au WMS sans développement spécifique",
                "Réussir l’audit de sécurité et conserver la certification ISO 27001",
                "Limiter le nombre d’outils que son équipe doit maintenir",
                "Prévoir un déploiement compatible avec la charge réelle de l’équipe",
                "Obtenir une disponibilité fiable et des circuits d’escalade clairs",
            ],
            "pain_points": [
                "Des réponses floues aux questionnaires de sécurité",
                "Des API mal documentées ou privées de fonctions essentielles",
                "Des outils achetés par les métiers sans passer par la DSI",
                "Des estimations de déploiement qui oublient l’effort interne",
                "Un support qui ne dépasse jamais les réponses toutes faites du niveau 1",
            ],
            "motivations": [
                "Une architecture propre et simple à maintenir",
                "Moins d’incidents urgents et de soirées d’astreinte",
                "Être perçu comme un partenaire plutôt que comme un frein",
                "Rester à jour sur les pratiques d’intégration modernes",
            ],
            "objections": [
                "Où sont hébergées nos données, et qui peut y accéder ?",
                "Le SSO n’est proposé que dans l’offre la plus chère.",
                "Nous n’avons pas les ressources pour mener une intégration de six mois.",
                "Vos chiffres de disponibilité ne sont garantis par aucun SLA contractuel.",
            ],
            "decision_criteria": [
                "Une API ouverte et bien documentée, avec des connecteurs standard",
                "Certifications de sécurité, conformité au RGPD et hébergement dans l’UE",
                "Des engagements de performance et de disponibilité inscrits au contrat",
                "L’effort de déploiement et les ressources internes qu’il mobilise",
                "La qualité et la réactivité du support technique",
            ],
            "channels": [
                "Documentation technique",
                "Bac à sable de l’éditeur",
                "Forums de développeurs",
                "Communautés de DSI",
                "Webinaires",
            ],
            "tools": [
                "Microsoft Entra ID",
                "Jira Service Management",
                "Postman",
                "Console d’administration de l’ERP",
                "Tableaux de bord de supervision",
            ],
            "tech_savviness": 5,
            "influence": 4,
            "tags": ["Garde-fou", "Revue de sécurité", "Intégration"],
        },
        {
            "key": "champion",
            "archetype": "end_user_champion",
            "name": "Inès Moreau",
            "job_title": "Responsable de la planification transport",
            "company": "Corvane Logistique",
            "company_size": "200 à 500 salariés",
            "industry": "Transport et logistique",
            "age_band": "25-34",
            "location": "Lyon, France",
            "quote": (
                "Si mes planificateurs ont besoin d’un manuel pour leur travail de tous les jours, "
                "c’est qu’on s’est trompé d’outil."
            ),
            "bio": (
                "Inès encadre neuf planificateurs qui construisent chaque jour les tournées de "
                "livraison. Elle connaît les tableurs actuels mieux que personne, avec leurs "
                "astuces et leurs fragilités. Elle s’est portée volontaire pour tester les outils "
                "présélectionnés et formera ses collègues une fois le choix arrêté. Sa crédibilité "
                "auprès de l’équipe dépend d’un outil qui leur simplifie vraiment la vie."
            ),
            "goals": [
                "Bâtir le planning du lendemain en moins d’une heure",
                "Ne plus ressaisir les mêmes données à trois endroits",
                "Former l’équipe rapidement sans interrompre l’activité",
                "Partager des plannings à jour avec les chauffeurs et les chefs de quai",
                "Repérer les problèmes avant qu’ils n’atteignent les clients",
            ],
            "pain_points": [
                "Les copier-coller entre tableurs provoquent des erreurs",
                "Un changement de dernière minute peut faire tomber tout le planning",
                "Des outils choisis par d’autres, sans regard sur le travail réel",
                "Presque aucun temps n’est prévu pour la formation",
                "Aucune aide disponible quand un problème survient à 6 h du matin",
            ],
            "motivations": [
                "Rendre le travail de son équipe moins stressant",
                "Être reconnue comme celle qui a fait réussir le changement",
                "Maîtriser un outil moderne, un atout pour sa carrière",
                "Offrir aux clients des délais de livraison plus fiables",
            ],
            "objections": [
                "L’outil a l’air puissant, mais mon équipe va-t-elle vraiment s’en servir ?",
                "Nous ne pouvons pas sacrifier une semaine de planification pour apprendre.",
                "Les fonctions dont nous avons besoin chaque jour sont enfouies dans les menus.",
                "Le support n’est joignable qu’aux heures de bureau.",
            ],
            "decision_criteria": [
                "Une prise en main simple pour des planificateurs non techniciens",
                "L’adéquation avec le déroulé quotidien de la planification",
                "Une courbe d’apprentissage courte et de bons supports de formation",
                "Des fonctionnalités qui couvrent les vrais cas de planification",
                "Une aide facile d’accès : chat, guides et vidéos",
            ],
            "channels": [
                "Tutoriels YouTube",
                "Communautés d’utilisateurs",
                "Collègues des autres sites",
                "Lettres d’information produit",
                "Webinaires",
            ],
            "tools": [
                "Excel",
                "Google Sheets",
                "Logiciel d’optimisation de tournées",
                "WhatsApp",
                "Microsoft Teams",
            ],
            "tech_savviness": 4,
            "influence": 3,
            "tags": ["Utilisatrice quotidienne", "Ambassadrice interne", "Formatrice"],
        },
    ],
    "journeys": [
        {
            "title": "Parcours client SaaS",
            "description": (
                "Les neuf étapes que franchit un client B2B avec un produit SaaS, de la découverte "
                "à la recommandation, vues à travers l’équipe d’achat de Corvane."
            ),
            "personas": ["exec", "tech", "champion"],
            "stages": [
                {
                    "key": "awareness",
                    "name": "Sensibilisation",
                    "description": (
                        "L’acheteur mesure les limites de ses outils actuels et commence à "
                        "chercher une meilleure façon de travailler."
                    ),
                    "colour": "#7fb3d5",
                    "loop_to": None,
                },
                {
                    "key": "consideration",
                    "name": "Considération et évaluation",
                    "description": (
                        "Les prospects comparent les produits présélectionnés sur les "
                        "fonctionnalités, le prix, les intégrations et la crédibilité de l’éditeur."
                    ),
                    "colour": "#76c7c0",
                    "loop_to": None,
                },
                {
                    "key": "trial",
                    "name": "Essai et première expérience",
                    "description": (
                        "L’équipe teste le produit sur ses propres cas d’usage pour vérifier qu’il "
                        "lui convient vraiment."
                    ),
                    "colour": "#9bd08f",
                    "loop_to": None,
                },
                {
                    "key": "purchase",
                    "name": "Achat et activation",
                    "description": (
                        "Le client choisit une offre, s’accorde sur les conditions et active son "
                        "abonnement."
                    ),
                    "colour": "#d4d67a",
                    "loop_to": None,
                },
                {
                    "key": "onboarding",
                    "name": "Onboarding et premiers bénéfices",
                    "description": (
                        "Les nouveaux utilisateurs prennent l’outil en main, le configurent et "
                        "obtiennent un premier résultat concret."
                    ),
                    "colour": "#f2c572",
                    "loop_to": None,
                },
                {
                    "key": "adoption",
                    "name": "Adoption et engagement",
                    "description": (
                        "L’usage s’approfondit et le produit s’installe dans le travail quotidien "
                        "de l’équipe."
                    ),
                    "colour": "#f0a07c",
                    "loop_to": None,
                },
                {
                    "key": "expansion",
                    "name": "Expansion et croissance",
                    "description": (
                        "Un client satisfait ajoute des licences, des modules ou passe à une offre "
                        "supérieure à mesure que ses besoins grandissent."
                    ),
                    "colour": "#e58fa5",
                    "loop_to": None,
                },
                {
                    "key": "renewal",
                    "name": "Renouvellement et fidélisation",
                    "description": (
                        "À l’échéance, le client fait le bilan de la valeur obtenue et décide de "
                        "rester ou non."
                    ),
                    "colour": "#b99bd8",
                    "loop_to": None,
                },
                {
                    "key": "advocacy",
                    "name": "Recommandation et parrainage",
                    "description": (
                        "Conquis, le client recommande le produit, publie des avis et fait venir "
                        "de nouveaux prospects vers l’éditeur."
                    ),
                    "colour": "#8f9fe0",
                    "loop_to": None,
                },
            ],
            "lanes": [
                {"key": "text", "kind": "text", "name": "Actions du client"},
                {
                    "key": "touchpoints",
                    "kind": "touchpoints",
                    "name": "Points de contact et canaux",
                },
                {"key": "thoughts", "kind": "text", "name": "Pensées"},
                {"key": "emotion", "kind": "emotion", "name": "Émotions"},
                {"key": "pain_points", "kind": "pain_points", "name": "Points de friction"},
                {"key": "opportunities", "kind": "opportunities", "name": "Opportunités"},
                {"key": "metrics", "kind": "metrics", "name": "Indicateurs"},
                {"key": "backstage", "kind": "backstage", "name": "Coulisses"},
            ],
            "cells": {
                "awareness": {
                    "text": {
                        "text": (
                            "Constate que les tableurs et un outil de planification vieillissant "
                            "freinent l’équipe. Cherche comment d’autres entreprises ont résolu le "
                            "problème et met quelques articles de côté."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Moteur de recherche"},
                            {"text": "Blog sectoriel"},
                            {"text": "LinkedIn"},
                            {"text": "Salon professionnel"},
                            {"text": "Recommandation d’un pair"},
                        ],
                        "evidence": None,
                    },
                    "thoughts": {
                        "text": (
                            "Des entreprises de notre taille ne font sûrement plus tout à la "
                            "main ; il existe forcément mieux."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "emotion": {
                        "text": (
                            "Curiosité prudente : le problème est ressenti, mais personne ne le "
                            "porte encore."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": (
                                    "Difficile de distinguer les éditeurs derrière des promesses "
                                    "marketing génériques"
                                ),
                                "severity": 3,
                            },
                            {
                                "text": (
                                    "Aucun responsable ni budget n’est encore attribué au problème"
                                ),
                                "severity": 4,
                            },
                            {
                                "text": (
                                    "Beaucoup de contenus, mais peu parlent vraiment du secteur"
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
                                "text": "Publier des guides sectoriels avec des chiffres concrets",
                                "impact": 4,
                                "effort": 3,
                            },
                            {
                                "text": (
                                    "Proposer un court autodiagnostic de maturité en planification"
                                ),
                                "impact": 3,
                                "effort": 2,
                            },
                            {
                                "text": (
                                    "Faire témoigner des clients satisfaits lors d’événements du "
                                    "secteur"
                                ),
                                "impact": 4,
                                "effort": 3,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                    "metrics": {
                        "text": (
                            "Trafic du site et leads générés, suivis chaque mois au regard de "
                            "l’objectif."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "backstage": {
                        "text": (
                            "Le marketing gère les contenus, le SEO et les événements ; l’équipe "
                            "de prospection relance les comptes engagés."
                        ),
                        "items": [
                            {"text": "Marketing automation"},
                            {"text": "CRM"},
                            {"text": "Analyse d’audience web"},
                        ],
                        "evidence": "partly_backed",
                    },
                },
                "consideration": {
                    "text": {
                        "text": (
                            "Dresse une liste restreinte, réserve des démos, lit des avis et des "
                            "études de cas, et associe la DSI et la finance à la comparaison."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Démo produit"},
                            {"text": "Avis G2"},
                            {"text": "Page tarifs"},
                            {"text": "Études de cas"},
                            {"text": "Webinaire"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "thoughts": {
                        "text": (
                            "Quelle solution tiendra encore quand nous aurons doublé de taille, et "
                            "combien coûtera-t-elle vraiment sur trois ans ?"
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "emotion": {
                        "text": (
                            "Impliqué et optimiste, mais le doute gagne à mesure que les options "
                            "s’accumulent."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Les prix restent flous jusqu’au rendez-vous commercial",
                                "severity": 4,
                            },
                            {
                                "text": (
                                    "Les informations de sécurité et d’intégration sont difficiles "
                                    "à trouver"
                                ),
                                "severity": 4,
                            },
                            {
                                "text": (
                                    "Les démos montrent des scénarios génériques, pas les nôtres"
                                ),
                                "severity": 3,
                            },
                        ],
                        "evidence": None,
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": (
                                    "Afficher des tarifs transparents et un calculateur de coût "
                                    "total"
                                ),
                                "impact": 5,
                                "effort": 2,
                            },
                            {
                                "text": "Fournir sur demande un dossier sécurité et intégration",
                                "impact": 4,
                                "effort": 2,
                            },
                            {
                                "text": (
                                    "Faire les démos sur un échantillon des données du prospect"
                                ),
                                "impact": 4,
                                "effort": 4,
                            },
                        ],
                        "evidence": "assumption",
                    },
                    "metrics": {
                        "text": (
                            "Demandes de démo et inscriptions à l’essai gratuit, ainsi que le taux "
                            "de passage du lead à la démo."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "backstage": {
                        "text": (
                            "Les commerciaux mènent les démos avec un avant-vente ; le marketing "
                            "tient à jour les contenus comparatifs."
                        ),
                        "items": [
                            {"text": "CRM"},
                            {"text": "Environnement de démo"},
                            {"text": "Bibliothèque de contenus"},
                        ],
                        "evidence": "research_backed",
                    },
                },
                "trial": {
                    "text": {
                        "text": (
                            "S’inscrit à l’essai, importe un échantillon de données réelles et "
                            "teste deux ou trois scénarios clés avec l’équipe."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Onboarding dans le produit"},
                            {"text": "E-mails de bienvenue"},
                            {"text": "Centre d’aide"},
                            {"text": "Chat en direct"},
                        ],
                        "evidence": "research_backed",
                    },
                    "thoughts": {
                        "text": (
                            "Si je n’en tire rien d’utile en une semaine, le changement n’en vaut "
                            "pas la peine."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "emotion": {
                        "text": (
                            "L’enthousiasme retombe quand la configuration traîne ; les premiers "
                            "vrais résultats redonnent le moral."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": (
                                    "L’import des données réelles est laborieux et source d’erreurs"
                                ),
                                "severity": 5,
                            },
                            {
                                "text": "Des fonctions clés sont réservées aux offres payantes",
                                "severity": 3,
                            },
                            {
                                "text": "L’essai se termine avant la fin de l’évaluation",
                                "severity": 4,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": (
                                    "Fournir des données d’exemple réalistes et une configuration "
                                    "guidée"
                                ),
                                "impact": 5,
                                "effort": 3,
                            },
                            {
                                "text": (
                                    "Prolonger l’essai sur demande quand l’équipe teste activement"
                                ),
                                "impact": 3,
                                "effort": 1,
                            },
                            {
                                "text": (
                                    "Prévoir un point proactif avec un avant-vente au troisième "
                                    "jour"
                                ),
                                "impact": 4,
                                "effort": 2,
                            },
                        ],
                        "evidence": "assumption",
                    },
                    "metrics": {
                        "text": (
                            "Conversion essai-payant, délai avant première valeur et adoption des "
                            "fonctionnalités pendant l’essai."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "backstage": {
                        "text": (
                            "Les équipes produit et growth pilotent le parcours d’essai ; le "
                            "support répond au chat en moins d’une heure."
                        ),
                        "items": [
                            {"text": "Analytics produit"},
                            {"text": "Outil de support"},
                            {"text": "Automatisation des e-mails"},
                        ],
                        "evidence": "research_backed",
                    },
                },
                "purchase": {
                    "text": {
                        "text": (
                            "Choisit une offre, négocie les conditions, passe les revues achats et "
                            "sécurité, puis signe le contrat."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Responsable de compte"},
                            {"text": "Proposition commerciale"},
                            {"text": "Portail achats"},
                            {"text": "Portail de facturation"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "thoughts": {
                        "text": (
                            "Avons-nous couvert tous les risques, et pourrai-je défendre cette "
                            "dépense devant le comité de direction ?"
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "emotion": {
                        "text": (
                            "Soulagement d’avoir tranché, teinté d’inquiétude pour le déploiement "
                            "à venir."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": (
                                    "De longs questionnaires de sécurité retardent la signature"
                                ),
                                "severity": 4,
                            },
                            {
                                "text": (
                                    "Les conditions du contrat et de facturation heurtent les "
                                    "règles financières"
                                ),
                                "severity": 3,
                            },
                            {
                                "text": (
                                    "Le passage de relais entre la vente et l’onboarding est brutal"
                                ),
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
                                    "Un questionnaire de sécurité prérempli et une page de "
                                    "confiance publique"
                                ),
                                "impact": 4,
                                "effort": 2,
                            },
                            {
                                "text": (
                                    "Une facturation souple : annuelle ou trimestrielle, sur bon "
                                    "de commande"
                                ),
                                "impact": 3,
                                "effort": 2,
                            },
                            {
                                "text": (
                                    "Une réunion de lancement commune aux équipes vente et "
                                    "customer success"
                                ),
                                "impact": 4,
                                "effort": 1,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "metrics": {
                        "text": (
                            "Taux de conversion des opportunités et coût d’acquisition client "
                            "(CAC)."
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "backstage": {
                        "text": (
                            "Les ventes concluent ; la finance met en place la facturation ; un "
                            "customer success manager est désigné avant la signature."
                        ),
                        "items": [
                            {"text": "CRM"},
                            {"text": "Gestion des contrats"},
                            {"text": "Système de facturation"},
                        ],
                        "evidence": None,
                    },
                },
                "onboarding": {
                    "text": {
                        "text": (
                            "Configure l’espace de travail, connecte les systèmes existants, migre "
                            "les données et forme les premiers utilisateurs."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Réunion de lancement"},
                            {"text": "Checklist d’onboarding"},
                            {"text": "Sessions de formation"},
                            {"text": "Base de connaissances"},
                        ],
                        "evidence": "research_backed",
                    },
                    "thoughts": {
                        "text": (
                            "C’est plus de travail que prévu ; quand l’équipe verra-t-elle enfin "
                            "la différence ?"
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "emotion": {
                        "text": (
                            "Le creux du parcours : l’effort est maximal et la valeur pas encore "
                            "visible."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "L’intégration avec l’ERP prend des semaines", "severity": 5},
                            {
                                "text": "Les utilisateurs retournent à leurs anciens tableurs",
                                "severity": 4,
                            },
                            {
                                "text": "La formation est la même pour tous les profils",
                                "severity": 3,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Des parcours d’onboarding adaptés à chaque rôle",
                                "impact": 5,
                                "effort": 3,
                            },
                            {
                                "text": (
                                    "Des connecteurs prêts à l’emploi pour les ERP les plus "
                                    "répandus"
                                ),
                                "impact": 5,
                                "effort": 5,
                            },
                            {
                                "text": "Marquer le premier jalon avec un court bilan chiffré",
                                "impact": 3,
                                "effort": 1,
                            },
                        ],
                        "evidence": None,
                    },
                    "metrics": {
                        "text": (
                            "Délai d’obtention de la valeur, taux de finalisation de l’onboarding "
                            "et volume de tickets de support."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "backstage": {
                        "text": (
                            "Le customer success pilote le plan ; des spécialistes du déploiement "
                            "prennent en charge la migration et les intégrations."
                        ),
                        "items": [
                            {"text": "Suivi d’onboarding"},
                            {"text": "Plateforme d’intégration"},
                            {"text": "Outil de support"},
                        ],
                        "evidence": None,
                    },
                },
                "adoption": {
                    "text": {
                        "text": (
                            "Utilise le produit au quotidien, explore les fonctions avancées et "
                            "embarque les équipes voisines."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Astuces dans le produit"},
                            {"text": "Newsletter produit"},
                            {"text": "Communauté d’utilisateurs"},
                            {"text": "Revue trimestrielle"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "thoughts": {
                        "text": (
                            "Maintenant, on gagne vraiment du temps ; que pourrait-on faire "
                            "d’autre avec ?"
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "emotion": {
                        "text": (
                            "Confiance et satisfaction à mesure que la nouvelle routine s’installe."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Les fonctions avancées sont difficiles à découvrir",
                                "severity": 3,
                            },
                            {
                                "text": (
                                    "Certaines équipes s’en servent chaque jour, d’autres "
                                    "résistent au changement"
                                ),
                                "severity": 4,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Un guidage contextuel pour les fonctions avancées",
                                "impact": 4,
                                "effort": 3,
                            },
                            {
                                "text": (
                                    "Un kit pour le champion interne : slides, astuces et vidéos "
                                    "courtes"
                                ),
                                "impact": 4,
                                "effort": 2,
                            },
                            {
                                "text": "Des tableaux de bord d’usage partagés avec le sponsor",
                                "impact": 3,
                                "effort": 2,
                            },
                        ],
                        "evidence": "assumption",
                    },
                    "metrics": {
                        "text": "Adhérence au produit (DAU/MAU) et satisfaction client.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "backstage": {
                        "text": (
                            "Le customer success suit les scores de santé ; le marketing produit "
                            "annonce les nouveautés."
                        ),
                        "items": [
                            {"text": "Analytics produit"},
                            {"text": "Plateforme de customer success"},
                            {"text": "Forum communautaire"},
                        ],
                        "evidence": "research_backed",
                    },
                },
                "expansion": {
                    "text": {
                        "text": (
                            "Ajoute des licences pour de nouveaux sites, passe à une offre "
                            "supérieure et achète un module supplémentaire."
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Customer success manager"},
                            {"text": "Incitations à la montée en gamme"},
                            {"text": "Revue de compte"},
                            {"text": "Page tarifs"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "thoughts": {
                        "text": (
                            "Ça fonctionne sur un site ; l’étendre aux autres a du sens si le prix "
                            "suit raisonnablement."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "emotion": {
                        "text": "Positif et ambitieux, mais attentif aux coûts.",
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "L’écart de prix entre deux offres paraît brutal",
                                "severity": 4,
                            },
                            {
                                "text": (
                                    "Difficile de savoir quelle offre correspond aux nouveaux "
                                    "besoins"
                                ),
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
                                    "Des signaux d’usage qui déclenchent au bon moment une "
                                    "discussion d’expansion"
                                ),
                                "impact": 5,
                                "effort": 3,
                            },
                            {
                                "text": (
                                    "Une tarification dégressive pour les sites supplémentaires"
                                ),
                                "impact": 4,
                                "effort": 3,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "metrics": {
                        "text": (
                            "Revenus d’expansion, taux de montée en gamme et revenu moyen par "
                            "utilisateur (ARPU)."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "backstage": {
                        "text": (
                            "Gestion de compte et customer success partagent les objectifs "
                            "d’expansion ; la finance valide les remises."
                        ),
                        "items": [
                            {"text": "CRM"},
                            {"text": "Analytics produit"},
                            {"text": "Système de facturation"},
                        ],
                        "evidence": "partly_backed",
                    },
                },
                "renewal": {
                    "text": {
                        "text": (
                            "Confronte les résultats au business case initial, examine les "
                            "alternatives et négocie le renouvellement."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Avis de renouvellement"},
                            {"text": "Revue d’affaires"},
                            {"text": "Customer success manager"},
                            {"text": "Enquête de satisfaction"},
                        ],
                        "evidence": "assumption",
                    },
                    "thoughts": {
                        "text": (
                            "En avons-nous eu pour notre argent, et un changement vaudrait-il la "
                            "perturbation ?"
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "emotion": {
                        "text": (
                            "Serein quand la valeur est prouvée, tendu quand les résultats restent "
                            "flous."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "Aucune trace claire de la valeur apportée", "severity": 4},
                            {
                                "text": "L’avis de renouvellement arrive trop tard pour le budget",
                                "severity": 3,
                            },
                            {
                                "text": "Des tickets de support non résolus pèsent sur la décision",
                                "severity": 4,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Un rapport de valeur envoyé 90 jours avant l’échéance",
                                "impact": 5,
                                "effort": 2,
                            },
                            {
                                "text": "Un score de risque de churn avec alertes précoces",
                                "impact": 5,
                                "effort": 4,
                            },
                            {
                                "text": (
                                    "Des conditions avantageuses pour un engagement pluriannuel"
                                ),
                                "impact": 3,
                                "effort": 2,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "metrics": {
                        "text": (
                            "Taux de churn, taux de renouvellement et rétention nette du revenu "
                            "(NRR)."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "backstage": {
                        "text": (
                            "Le customer success porte les renouvellements avec la finance ; "
                            "l’équipe produit étudie les retours des comptes à risque."
                        ),
                        "items": [
                            {"text": "Plateforme de customer success"},
                            {"text": "Système de facturation"},
                            {"text": "Outil d’enquête"},
                        ],
                        "evidence": None,
                    },
                },
                "advocacy": {
                    "text": {
                        "text": (
                            "Recommande le produit à ses pairs, publie un avis et accepte de "
                            "témoigner dans une étude de cas."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Sites d’avis"},
                            {"text": "Programme de parrainage"},
                            {"text": "Événements clients"},
                            {"text": "LinkedIn"},
                        ],
                        "evidence": "research_backed",
                    },
                    "thoughts": {
                        "text": (
                            "Ce projet nous a fait briller ; j’en parle volontiers autour de moi."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "emotion": {
                        "text": "Fierté et fidélité.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Laisser un avis ressemble à une corvée de plus",
                                "severity": 2,
                            },
                            {
                                "text": "Les récompenses du parrainage sont peu claires",
                                "severity": 2,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Une demande d’avis en un clic après un jalon réussi",
                                "impact": 4,
                                "effort": 1,
                            },
                            {
                                "text": (
                                    "Un comité consultatif clients avec accès anticipé aux "
                                    "nouveautés"
                                ),
                                "impact": 4,
                                "effort": 3,
                            },
                            {
                                "text": "Une étude de cas co-écrite, avec des résultats mesurables",
                                "impact": 5,
                                "effort": 3,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                    "metrics": {
                        "text": "NPS, parrainages et avis publiés.",
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "backstage": {
                        "text": (
                            "Le marketing anime les programmes d’ambassadeurs et de parrainage ; "
                            "le customer success repère les promoteurs."
                        ),
                        "items": [
                            {"text": "Outil d’enquête"},
                            {"text": "Plateforme de parrainage"},
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
            "reach_metric": "Comptes ayant atteint l’étape",
            "metrics": [
                {
                    "stage": "awareness",
                    "catalogue_key": "website_traffic",
                    "name": "Trafic du site web",
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
                    "name": "Leads générés",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 900,
                    "values": [540, 560, 598, 611, 655, 642, 702, 745, 781, 812, 806, 872],
                },
                {
                    "stage": "consideration",
                    "catalogue_key": "demo_requests",
                    "name": "Demandes de démo",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 140,
                    "values": [72, 78, 81, 88, 85, 94, 101, 106, 112, 109, 124, 131],
                },
                {
                    "stage": "consideration",
                    "catalogue_key": "trial_signups",
                    "name": "Inscriptions à l’essai gratuit",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 420,
                    "values": [250, 262, 271, 290, 301, 296, 322, 341, 355, 368, 384, 397],
                },
                {
                    "stage": "trial",
                    "catalogue_key": "trial_to_paid",
                    "name": "Conversion essai-payant",
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
                    "name": "Adoption des fonctionnalités pendant l’essai",
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
                    "name": "Délai avant première valeur",
                    "unit": "days",
                    "direction": "lower_is_better",
                    "target": 2.0,
                    "values": [6.5, 6.2, 6.0, 5.4, 5.1, 4.8, 4.3, 4.0, 3.6, 3.2, 3.0, 2.7],
                },
                {
                    "stage": "purchase",
                    "catalogue_key": "conversion_rate",
                    "name": "Taux de conversion",
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
                    "name": "Coût d’acquisition client (CAC)",
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
                    "name": "Délai d’obtention de la valeur",
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
                    "name": "Taux de finalisation de l’onboarding",
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
                    "name": "Volume de tickets de support",
                    "unit": "count",
                    "direction": "lower_is_better",
                    "target": 120,
                    "values": [240, 232, 225, 214, 205, 198, 186, 175, 166, 158, 149, 141],
                },
                {
                    "stage": "adoption",
                    "catalogue_key": "stickiness",
                    "name": "Adhérence au produit (DAU/MAU)",
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
                    "name": "Satisfaction client (CSAT)",
                    "unit": "score",
                    "direction": "higher_is_better",
                    "target": 4.5,
                    "values": [3.9, 3.9, 4.0, 4.0, 4.1, 4.1, 4.1, 4.2, 4.2, 4.3, 4.3, 4.4],
                },
                {
                    "stage": "expansion",
                    "catalogue_key": "expansion_revenue",
                    "name": "Revenus d’expansion",
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
                    "name": "Taux de montée en gamme",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 6.0,
                    "values": [2.8, 3.0, 3.1, 3.4, 3.6, 3.9, 4.1, 4.3, 4.6, 4.9, 5.1, 5.4],
                },
                {
                    "stage": "expansion",
                    "catalogue_key": "arpu",
                    "name": "Revenu moyen par utilisateur (ARPU)",
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
                    "name": "Taux de churn",
                    "unit": "percent",
                    "direction": "lower_is_better",
                    "target": 1.5,
                    "values": [3.1, 3.0, 2.9, 2.9, 2.7, 2.6, 2.4, 2.3, 2.2, 2.0, 1.9, 1.8],
                },
                {
                    "stage": "renewal",
                    "catalogue_key": "nrr",
                    "name": "Rétention nette du revenu (NRR)",
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
                    "name": "Taux de renouvellement",
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
                    "name": "Parrainages",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 40,
                    "values": [9, 11, 12, 14, 15, 18, 19, 22, 24, 27, 29, 32],
                },
                {
                    "stage": "advocacy",
                    "catalogue_key": "reviews",
                    "name": "Avis publiés",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 25,
                    "values": [4, 5, 7, 6, 8, 10, 11, 13, 14, 16, 18, 19],
                },
            ],
        },
        {
            "title": "Cycle de vie client SaaS",
            "description": (
                "Un cycle de vie plus court et non linéaire : après une expansion, le client "
                "repasse par l’adoption à mesure qu’arrivent de nouveaux utilisateurs et de "
                "nouvelles fonctionnalités."
            ),
            "personas": ["exec", "champion"],
            "stages": [
                {
                    "key": "awareness",
                    "name": "Sensibilisation",
                    "description": (
                        "Une entreprise prend conscience d’un besoin et entend parler du produit "
                        "pour la première fois via une recherche, un réseau social ou un article."
                    ),
                    "colour": "#7fb3d5",
                    "loop_to": None,
                },
                {
                    "key": "consideration",
                    "name": "Considération",
                    "description": (
                        "L’équipe d’achat jauge le produit face aux offres concurrentes, consulte "
                        "des avis et le met à l’essai."
                    ),
                    "colour": "#76c7c0",
                    "loop_to": None,
                },
                {
                    "key": "decision",
                    "name": "Décision / achat",
                    "description": (
                        "La validation est obtenue, une offre est choisie et l’abonnement démarre."
                    ),
                    "colour": "#a8d18d",
                    "loop_to": None,
                },
                {
                    "key": "activation",
                    "name": "Activation",
                    "description": (
                        "Le compte est configuré et les premiers utilisateurs mènent à bien une "
                        "vraie tâche avec les fonctions principales."
                    ),
                    "colour": "#f2c572",
                    "loop_to": None,
                },
                {
                    "key": "adoption",
                    "name": "Adoption",
                    "description": (
                        "Le produit entre dans le travail de tous les jours et commence à porter "
                        "ses fruits ; chaque vague de nouveaux utilisateurs apportée par "
                        "l’expansion repasse par cette étape."
                    ),
                    "colour": "#f0a07c",
                    "loop_to": None,
                },
                {
                    "key": "retention",
                    "name": "Fidélisation",
                    "description": (
                        "Des échanges réguliers et un support attentif maintiennent l’abonnement ; "
                        "une fois renouvelé, le compte est prêt à s’étendre."
                    ),
                    "colour": "#b99bd8",
                    "loop_to": "expansion",
                },
                {
                    "key": "expansion",
                    "name": "Expansion",
                    "description": (
                        "Le compte grandit par des montées en gamme, des licences ou des services "
                        "supplémentaires, puis revient à l’adoption pour les nouveaux venus."
                    ),
                    "colour": "#e58fa5",
                    "loop_to": "adoption",
                },
            ],
            "lanes": [
                {"key": "text", "kind": "text", "name": "Actions du client"},
                {
                    "key": "touchpoints",
                    "kind": "touchpoints",
                    "name": "Points de contact et canaux",
                },
                {"key": "emotion", "kind": "emotion", "name": "Émotions"},
                {"key": "pain_points", "kind": "pain_points", "name": "Points de friction"},
                {"key": "opportunities", "kind": "opportunities", "name": "Opportunités"},
            ],
            "cells": {
                "awareness": {
                    "text": {
                        "text": (
                            "Lit des articles sur le problème, suit les réseaux sociaux et tombe "
                            "sur le produit dans les résultats de recherche."
                        ),
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "SEO"},
                            {"text": "Réseaux sociaux"},
                            {"text": "Marketing de contenu"},
                            {"text": "Podcasts"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "emotion": {
                        "text": "Neutre, vaguement intéressé.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Le jargon du secteur rend toutes les offres semblables",
                                "severity": 3,
                            },
                            {
                                "text": (
                                    "Peu de preuves adaptées aux entreprises de taille "
                                    "intermédiaire"
                                ),
                                "severity": 3,
                            },
                        ],
                        "evidence": "assumption",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Des pages en langage clair pour chaque cas d’usage",
                                "impact": 4,
                                "effort": 2,
                            },
                            {
                                "text": "De courtes vidéos de clients comparables",
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
                            "Compare les produits côte à côte, lit des avis et demande une démo ou "
                            "un essai gratuit."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Site web"},
                            {"text": "Sites d’avis"},
                            {"text": "Démo"},
                            {"text": "Essai gratuit"},
                        ],
                        "evidence": "research_backed",
                    },
                    "emotion": {
                        "text": "Intéressé, un peu submergé par le choix.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "Des comparatifs partiaux ou dépassés", "severity": 3},
                            {
                                "text": (
                                    "Difficile d’impliquer toutes les parties prenantes en même "
                                    "temps"
                                ),
                                "severity": 4,
                            },
                        ],
                        "evidence": None,
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Des pages comparatives honnêtes et tenues à jour",
                                "impact": 3,
                                "effort": 2,
                            },
                            {
                                "text": "Un dossier décideurs : une page par rôle d’achat",
                                "impact": 4,
                                "effort": 2,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                },
                "decision": {
                    "text": {
                        "text": (
                            "S’accorde sur une offre et un budget, obtient la validation et "
                            "souscrit."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Rendez-vous commercial"},
                            {"text": "Devis"},
                            {"text": "Paiement en ligne"},
                            {"text": "Contrat"},
                        ],
                        "evidence": "research_backed",
                    },
                    "emotion": {
                        "text": "Engagé, un peu inquiet face au changement.",
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "Le circuit de validation est lent", "severity": 4},
                            {"text": "Les offres sont difficiles à départager", "severity": 3},
                        ],
                        "evidence": "assumption",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Un comparatif d’offres clair avec une option recommandée",
                                "impact": 4,
                                "effort": 2,
                            },
                            {
                                "text": "Un plan d’action commun convenu avec l’acheteur",
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
                            "Crée les comptes, invite ses collègues et mène à bien une première "
                            "tâche réelle dans le produit."
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Assistant de configuration"},
                            {"text": "E-mail de bienvenue"},
                            {"text": "Appel d’onboarding"},
                            {"text": "Centre d’aide"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "emotion": {
                        "text": "Anxieux au départ, puis rassuré par le premier succès.",
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Un espace vide qui n’indique pas par où commencer",
                                "severity": 4,
                            },
                            {
                                "text": "Les collègues invités ne se connectent jamais",
                                "severity": 4,
                            },
                        ],
                        "evidence": None,
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Des modèles qui préremplissent l’espace de travail",
                                "impact": 5,
                                "effort": 2,
                            },
                            {
                                "text": (
                                    "Des relances pour les invités qui ne se sont pas encore "
                                    "connectés"
                                ),
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
                            "Intègre le produit à ses routines hebdomadaires et s’appuie dessus "
                            "pour le reporting."
                        ),
                        "items": [],
                        "evidence": "research_backed",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Messages dans le produit"},
                            {"text": "Webinaires"},
                            {"text": "Communauté"},
                            {"text": "Newsletter"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "emotion": {
                        "text": "Satisfait : le produit est devenu une habitude.",
                        "items": [],
                        "evidence": "partly_backed",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "L’usage plafonne après le premier mois", "severity": 3},
                            {"text": "Les nouveaux arrivants ne sont jamais formés", "severity": 3},
                        ],
                        "evidence": "partly_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": "Des conseils mensuels fondés sur l’usage réel",
                                "impact": 3,
                                "effort": 2,
                            },
                            {
                                "text": (
                                    "Une académie en ligne, à suivre à son rythme, pour les "
                                    "nouveaux utilisateurs"
                                ),
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
                            "Sollicite le support au besoin, participe aux revues d’affaires et "
                            "renouvelle l’abonnement."
                        ),
                        "items": [],
                        "evidence": None,
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Support"},
                            {"text": "Customer success manager"},
                            {"text": "Enquête NPS"},
                            {"text": "Revue d’affaires"},
                        ],
                        "evidence": "partly_backed",
                    },
                    "emotion": {
                        "text": (
                            "Fidèle quand le support est rapide, agacé quand les problèmes "
                            "s’éternisent."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {"text": "Des réponses lentes aux tickets de support", "severity": 5},
                            {
                                "text": "Des promesses faites pendant la vente et non tenues",
                                "severity": 4,
                            },
                        ],
                        "evidence": "research_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": (
                                    "Des scores de santé qui signalent tôt les comptes à risque"
                                ),
                                "impact": 5,
                                "effort": 4,
                            },
                            {
                                "text": "Des attentes réalistes posées dès le premier échange",
                                "impact": 4,
                                "effort": 1,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                },
                "expansion": {
                    "text": {
                        "text": (
                            "Passe à une offre supérieure, ajoute des utilisateurs ou souscrit un "
                            "service complémentaire."
                        ),
                        "items": [],
                        "evidence": "assumption",
                    },
                    "touchpoints": {
                        "text": "",
                        "items": [
                            {"text": "Responsable de compte"},
                            {"text": "Incitations à la montée en gamme"},
                            {"text": "Page tarifs"},
                            {"text": "Événements clients"},
                        ],
                        "evidence": "assumption",
                    },
                    "emotion": {
                        "text": "Enthousiaste face à la croissance, prudent sur le budget.",
                        "items": [],
                        "evidence": None,
                    },
                    "pain_points": {
                        "text": "",
                        "items": [
                            {
                                "text": "Une montée en gamme impose un nouveau cycle d’achat",
                                "severity": 3,
                            },
                            {
                                "text": "Les options complémentaires sont mal expliquées",
                                "severity": 2,
                            },
                        ],
                        "evidence": "partly_backed",
                    },
                    "opportunities": {
                        "text": "",
                        "items": [
                            {
                                "text": (
                                    "Des montées en gamme en libre-service dans des limites "
                                    "convenues"
                                ),
                                "impact": 4,
                                "effort": 3,
                            },
                            {
                                "text": "Des offres groupées pour les déploiements multi-équipes",
                                "impact": 3,
                                "effort": 2,
                            },
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
                    "name": "Mentions de la marque",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 300,
                    "values": [142, 150, 163, 158, 175, 190, 204, 199, 221, 238, 252, 266],
                },
                {
                    "stage": "awareness",
                    "name": "Taux d’engagement sur les réseaux sociaux",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 3.5,
                    "values": [1.8, 1.9, 2.0, 2.1, 2.0, 2.3, 2.4, 2.6, 2.5, 2.8, 2.9, 3.1],
                },
                {
                    "stage": "consideration",
                    "catalogue_key": "lead_generation_rate",
                    "name": "Taux de génération de leads",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 3.5,
                    "values": [2.2, 2.3, 2.3, 2.5, 2.6, 2.6, 2.8, 2.9, 3.0, 3.0, 3.1, 3.2],
                },
                {
                    "stage": "consideration",
                    "catalogue_key": "demo_requests",
                    "name": "Demandes de démo",
                    "unit": "count",
                    "direction": "higher_is_better",
                    "target": 150,
                    "values": [88, 91, 97, 95, 104, 110, 116, 121, 119, 128, 134, 141],
                },
                {
                    "stage": "decision",
                    "catalogue_key": "conversion_rate",
                    "name": "Taux de conversion",
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
                    "name": "Coût d’acquisition client (CAC)",
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
                    "name": "Délai avant première valeur",
                    "unit": "days",
                    "direction": "lower_is_better",
                    "target": 3.0,
                    "values": [7.5, 7.2, 6.8, 6.5, 6.1, 5.6, 5.3, 4.9, 4.6, 4.2, 3.9, 3.6],
                },
                {
                    "stage": "activation",
                    "name": "Utilisation des fonctionnalités",
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
                    "name": "Adhérence au produit (DAU/MAU)",
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
                    "name": "Satisfaction client (CSAT)",
                    "unit": "score",
                    "direction": "higher_is_better",
                    "target": 4.5,
                    "values": [4.0, 4.0, 4.1, 4.0, 4.1, 4.2, 4.2, 4.2, 4.3, 4.3, 4.3, 4.4],
                },
                {
                    "stage": "retention",
                    "catalogue_key": "churn_rate",
                    "name": "Taux de churn",
                    "unit": "percent",
                    "direction": "lower_is_better",
                    "target": 1.5,
                    "values": [2.9, 2.8, 2.8, 2.6, 2.5, 2.5, 2.3, 2.2, 2.1, 2.0, 1.9, 1.8],
                },
                {
                    "stage": "retention",
                    "catalogue_key": "clv",
                    "name": "Valeur vie client (CLTV)",
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
                    "name": "Taux de montée en gamme",
                    "unit": "percent",
                    "direction": "higher_is_better",
                    "target": 6.0,
                    "values": [3.0, 3.1, 3.3, 3.2, 3.6, 3.8, 4.0, 4.1, 4.4, 4.6, 4.9, 5.1],
                },
                {
                    "stage": "expansion",
                    "catalogue_key": "arpu",
                    "name": "Revenu moyen par utilisateur (ARPU)",
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
