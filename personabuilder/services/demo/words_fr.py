"""Mots français de l’espace de démonstration : un texte par clé de la structure."""

WORDS: dict[str, str] = {
    # Persona exec (executive sponsor)
    "exec.name": "Claire Dumont",
    "exec.job_title": "Directrice des opérations",
    "exec.company": "Corvane Logistique",
    "exec.company_size": "200 à 500 salariés",
    "exec.industry": "Transport et logistique",
    "exec.location": "Lyon, France",
    "exec.quote": (
        "Je n’achète pas un logiciel, j’achète un résultat que je peux présenter au comité de "
        "direction d’ici un an."
    ),
    "exec.bio": (
        "Claire est entrée chez Corvane il y a huit ans et pilote aujourd’hui l’exploitation "
        "de quatre plateformes régionales. Elle porte le projet qui doit remplacer les "
        "tableurs et un outil de planification vieillissant installé sur site. Elle raisonne "
        "en business case et à trois ans, et veut des preuves avant de s’engager. Elle laisse "
        "les détails à ses responsables SI et planification, mais c’est elle qui tranche."
    ),
    "exec.goals.cut_planning_overhead": (
        "Réduire d’un cinquième le temps consacré à la planification en 18 mois"
    ),
    "exec.goals.give_board_single": (
        "Offrir au comité de direction une vision unique et fiable de la performance des sites"
    ),
    "exec.goals.open_two_new": (
        "Ouvrir deux nouveaux sites sans recruter de planificateurs supplémentaires"
    ),
    "exec.goals.reduce_dependence_few": "Moins dépendre de quelques experts des tableurs",
    "exec.goals.show_measurable_return": (
        "Démontrer un retour sur investissement mesurable dès le premier renouvellement"
    ),
    "exec.pain_points.weekly_figures_arrive": (
        "Les chiffres hebdomadaires arrivent tard et se contredisent"
    ),
    "exec.pain_points.previous_projects_ran": (
        "Les derniers projets informatiques ont dépassé budget et délais"
    ),
    "exec.pain_points.vendors_hard_compare": (
        "Difficile de comparer les éditeurs sur la valeur plutôt que sur les fonctionnalités"
    ),
    "exec.pain_points.key_knowledge_sits": (
        "Le savoir-faire repose sur deux planificateurs proches de la retraite"
    ),
    "exec.pain_points.legacy_tool_renews": (
        "L’outil actuel se renouvelle tacitement et coûte cher à quitter"
    ),
    "exec.motivations.being_known_leader": (
        "Être reconnue comme celle qui a modernisé l’exploitation"
    ),
    "exec.motivations.protecting_margins_crowded": (
        "Préserver les marges sur un marché très disputé"
    ),
    "exec.motivations.freeing_managers_spend": (
        "Libérer les managers du reporting pour qu’ils se consacrent aux clients"
    ),
    "exec.motivations.building_platform_keeps": (
        "Bâtir une plateforme qui accompagne le plan de croissance"
    ),
    "exec.objections.what_happens_data": (
        "Que deviennent nos données si l’éditeur est racheté ou disparaît ?"
    ),
    "exec.objections.return_looks_good": (
        "Le ROI est séduisant sur les slides ; montrez-moi un client qui nous ressemble."
    ),
    "exec.objections.cannot_afford_months": (
        "Nous ne pouvons pas nous permettre des mois de perturbation en haute saison."
    ),
    "exec.objections.per_seat_pricing": (
        "Une tarification par utilisateur nous pénalisera à mesure que nous grandirons."
    ),
    "exec.decision_criteria.clear_roi_case": (
        "Un ROI clair, avec un retour sur investissement en moins de deux ans"
    ),
    "exec.decision_criteria.vendor_financial_stability": (
        "La solidité financière de l’éditeur et ses références clients"
    ),
    "exec.decision_criteria.room_scale_more": (
        "La capacité à suivre la croissance en sites et en utilisateurs"
    ),
    "exec.decision_criteria.total_cost_ownership": "Le coût total de possession sur trois ans",
    "exec.decision_criteria.strategic_fit_digital": (
        "La cohérence avec la feuille de route numérique"
    ),
    "exec.channels.peer_network": "Réseau de pairs",
    "exec.channels.industry_conferences": "Salons et conférences du secteur",
    "exec.channels.analyst_reports": "Études d’analystes",
    "exec.channels.linkedin": "LinkedIn",
    "exec.channels.weekly_briefings_her": "Points hebdomadaires avec son équipe",
    "exec.tools.power_bi": "Power BI",
    "exec.tools.excel": "Excel",
    "exec.tools.microsoft_teams": "Microsoft Teams",
    "exec.tools.erp_reporting": "Reporting de l’ERP",
    "exec.tags.budget_holder": "Détient le budget",
    "exec.tags.final_decision": "Décision finale",
    "exec.tags.board_facing": "Comité de direction",
    # Persona tech (technical evaluator)
    "tech.name": "Karim Benali",
    "tech.job_title": "Responsable architecture SI",
    "tech.company": "Corvane Logistique",
    "tech.company_size": "200 à 500 salariés",
    "tech.industry": "Transport et logistique",
    "tech.location": "Lyon, France",
    "tech.quote": (
        "Si l’outil ne dialogue pas avec notre ERP et ne passe pas notre revue de sécurité, la "
        "démo ne compte pas."
    ),
    "tech.bio": (
        "Karim dirige une équipe informatique de six personnes qui gère l’ERP, le système de "
        "gestion d’entrepôt et le réseau. Chaque nouvel outil passe par sa revue de sécurité "
        "et d’intégration, et il a déjà été échaudé par des éditeurs dont l’API tenait moins "
        "que promis. Il préfère une bonne documentation et un bac à sable à une présentation "
        "commerciale. Il sait aussi que, quel que soit l’outil retenu, c’est son équipe qui en "
        "assurera le support."
    ),
    "tech.goals.connect_new_platform": (
        "Connecter la nouvelle plateforme à l’ERP et au WMS sans développement spécifique"
    ),
    "tech.goals.pass_security_audit": (
        "Réussir l’audit de sécurité et conserver la certification ISO 27001"
    ),
    "tech.goals.keep_number_tools": "Limiter le nombre d’outils que son équipe doit maintenir",
    "tech.goals.plan_rollout_matches": (
        "Prévoir un déploiement compatible avec la charge réelle de l’équipe"
    ),
    "tech.goals.secure_reliable_uptime": (
        "Obtenir une disponibilité fiable et des circuits d’escalade clairs"
    ),
    "tech.pain_points.vague_answers_security": "Des réponses floues aux questionnaires de sécurité",
    "tech.pain_points.apis_poorly_documented": (
        "Des API mal documentées ou privées de fonctions essentielles"
    ),
    "tech.pain_points.tools_bought_departments": (
        "Des outils achetés par les métiers sans passer par la DSI"
    ),
    "tech.pain_points.implementation_estimates_ignore": (
        "Des estimations de déploiement qui oublient l’effort interne"
    ),
    "tech.pain_points.support_never_gets": (
        "Un support qui ne dépasse jamais les réponses toutes faites du niveau 1"
    ),
    "tech.motivations.clean_architecture_easy": "Une architecture propre et simple à maintenir",
    "tech.motivations.fewer_urgent_tickets": "Moins d’incidents urgents et de soirées d’astreinte",
    "tech.motivations.being_seen_partner": (
        "Être perçu comme un partenaire plutôt que comme un frein"
    ),
    "tech.motivations.keeping_modern_integration": (
        "Rester à jour sur les pratiques d’intégration modernes"
    ),
    "tech.objections.where_data_hosted": "Où sont hébergées nos données, et qui peut y accéder ?",
    "tech.objections.single_sign_only": "Le SSO n’est proposé que dans l’offre la plus chère.",
    "tech.objections.dont_have_people": (
        "Nous n’avons pas les ressources pour mener une intégration de six mois."
    ),
    "tech.objections.uptime_figures_backed": (
        "Vos chiffres de disponibilité ne sont garantis par aucun SLA contractuel."
    ),
    "tech.decision_criteria.open_well_documented": (
        "Une API ouverte et bien documentée, avec des connecteurs standard"
    ),
    "tech.decision_criteria.security_certifications_gdpr": (
        "Certifications de sécurité, conformité au RGPD et hébergement dans l’UE"
    ),
    "tech.decision_criteria.performance_uptime_commitments": (
        "Des engagements de performance et de disponibilité inscrits au contrat"
    ),
    "tech.decision_criteria.implementation_effort_internal": (
        "L’effort de déploiement et les ressources internes qu’il mobilise"
    ),
    "tech.decision_criteria.quality_responsiveness_technical": (
        "La qualité et la réactivité du support technique"
    ),
    "tech.channels.technical_documentation": "Documentation technique",
    "tech.channels.vendor_sandbox": "Bac à sable de l’éditeur",
    "tech.channels.developer_forums": "Forums de développeurs",
    "tech.channels.peer_communities": "Communautés de DSI",
    "tech.channels.webinars": "Webinaires",
    "tech.tools.microsoft_entra_id": "Microsoft Entra ID",
    "tech.tools.jira_service_management": "Jira Service Management",
    "tech.tools.postman": "Postman",
    "tech.tools.erp_admin_console": "Console d’administration de l’ERP",
    "tech.tools.monitoring_dashboards": "Tableaux de bord de supervision",
    "tech.tags.gatekeeper": "Garde-fou",
    "tech.tags.security_review": "Revue de sécurité",
    "tech.tags.integration": "Intégration",
    # Persona champion (end user champion)
    "champion.name": "Inès Moreau",
    "champion.job_title": "Responsable de la planification transport",
    "champion.company": "Corvane Logistique",
    "champion.company_size": "200 à 500 salariés",
    "champion.industry": "Transport et logistique",
    "champion.location": "Lyon, France",
    "champion.quote": (
        "Si mes planificateurs ont besoin d’un manuel pour leur travail de tous les jours, "
        "c’est qu’on s’est trompé d’outil."
    ),
    "champion.bio": (
        "Inès encadre neuf planificateurs qui construisent chaque jour les tournées de "
        "livraison. Elle connaît les tableurs actuels mieux que personne, avec leurs astuces "
        "et leurs fragilités. Elle s’est portée volontaire pour tester les outils "
        "présélectionnés et formera ses collègues une fois le choix arrêté. Sa crédibilité "
        "auprès de l’équipe dépend d’un outil qui leur simplifie vraiment la vie."
    ),
    "champion.goals.build_tomorrows_schedule": (
        "Bâtir le planning du lendemain en moins d’une heure"
    ),
    "champion.goals.stop_typing_same": "Ne plus ressaisir les mêmes données à trois endroits",
    "champion.goals.get_team_trained": "Former l’équipe rapidement sans interrompre l’activité",
    "champion.goals.share_live_plans": (
        "Partager des plannings à jour avec les chauffeurs et les chefs de quai"
    ),
    "champion.goals.spot_problems_before": (
        "Repérer les problèmes avant qu’ils n’atteignent les clients"
    ),
    "champion.pain_points.copying_between_spreadsheets": (
        "Les copier-coller entre tableurs provoquent des erreurs"
    ),
    "champion.pain_points.one_last_minute": (
        "Un changement de dernière minute peut faire tomber tout le planning"
    ),
    "champion.pain_points.tools_chosen_others": (
        "Des outils choisis par d’autres, sans regard sur le travail réel"
    ),
    "champion.pain_points.hardly_any_time": "Presque aucun temps n’est prévu pour la formation",
    "champion.pain_points.help_available_when": (
        "Aucune aide disponible quand un problème survient à 6 h du matin"
    ),
    "champion.motivations.making_her_teams": "Rendre le travail de son équipe moins stressant",
    "champion.motivations.being_recognised_person": (
        "Être reconnue comme celle qui a fait réussir le changement"
    ),
    "champion.motivations.mastering_modern_tool": (
        "Maîtriser un outil moderne, un atout pour sa carrière"
    ),
    "champion.motivations.giving_customers_more": (
        "Offrir aux clients des délais de livraison plus fiables"
    ),
    "champion.objections.looks_powerful_but": (
        "L’outil a l’air puissant, mais mon équipe va-t-elle vraiment s’en servir ?"
    ),
    "champion.objections.cant_lose_week": (
        "Nous ne pouvons pas sacrifier une semaine de planification pour apprendre."
    ),
    "champion.objections.features_need_every": (
        "Les fonctions dont nous avons besoin chaque jour sont enfouies dans les menus."
    ),
    "champion.objections.support_only_reachable": (
        "Le support n’est joignable qu’aux heures de bureau."
    ),
    "champion.decision_criteria.easy_pick_non": (
        "Une prise en main simple pour des planificateurs non techniciens"
    ),
    "champion.decision_criteria.fit_daily_planning": (
        "L’adéquation avec le déroulé quotidien de la planification"
    ),
    "champion.decision_criteria.short_learning_curve": (
        "Une courbe d’apprentissage courte et de bons supports de formation"
    ),
    "champion.decision_criteria.features_cover_real": (
        "Des fonctionnalités qui couvrent les vrais cas de planification"
    ),
    "champion.decision_criteria.help_within_reach": (
        "Une aide facile d’accès : chat, guides et vidéos"
    ),
    "champion.channels.youtube_tutorials": "Tutoriels YouTube",
    "champion.channels.user_communities": "Communautés d’utilisateurs",
    "champion.channels.colleagues_other_depots": "Collègues des autres sites",
    "champion.channels.product_newsletters": "Lettres d’information produit",
    "champion.channels.webinars": "Webinaires",
    "champion.tools.excel": "Excel",
    "champion.tools.google_sheets": "Google Sheets",
    "champion.tools.route_planning_software": "Logiciel d’optimisation de tournées",
    "champion.tools.whatsapp": "WhatsApp",
    "champion.tools.microsoft_teams": "Microsoft Teams",
    "champion.tags.daily_user": "Utilisatrice quotidienne",
    "champion.tags.internal_advocate": "Ambassadrice interne",
    "champion.tags.trainer": "Formatrice",
    # Map journey
    "journey.title": "Parcours client SaaS",
    "journey.description": (
        "Les neuf étapes que franchit un client B2B avec un produit SaaS, de la découverte à "
        "la recommandation, vues à travers l’équipe d’achat de Corvane."
    ),
    "journey.awareness.name": "Sensibilisation",
    "journey.awareness.description": (
        "L’acheteur mesure les limites de ses outils actuels et commence à chercher une "
        "meilleure façon de travailler."
    ),
    "journey.consideration.name": "Considération et évaluation",
    "journey.consideration.description": (
        "Les prospects comparent les produits présélectionnés sur les fonctionnalités, le "
        "prix, les intégrations et la crédibilité de l’éditeur."
    ),
    "journey.trial.name": "Essai et première expérience",
    "journey.trial.description": (
        "L’équipe teste le produit sur ses propres cas d’usage pour vérifier qu’il lui "
        "convient vraiment."
    ),
    "journey.purchase.name": "Achat et activation",
    "journey.purchase.description": (
        "Le client choisit une offre, s’accorde sur les conditions et active son abonnement."
    ),
    "journey.onboarding.name": "Onboarding et premiers bénéfices",
    "journey.onboarding.description": (
        "Les nouveaux utilisateurs prennent l’outil en main, le configurent et obtiennent un "
        "premier résultat concret."
    ),
    "journey.adoption.name": "Adoption et engagement",
    "journey.adoption.description": (
        "L’usage s’approfondit et le produit s’installe dans le travail quotidien de l’équipe."
    ),
    "journey.expansion.name": "Expansion et croissance",
    "journey.expansion.description": (
        "Un client satisfait ajoute des licences, des modules ou passe à une offre supérieure "
        "à mesure que ses besoins grandissent."
    ),
    "journey.renewal.name": "Renouvellement et fidélisation",
    "journey.renewal.description": (
        "À l’échéance, le client fait le bilan de la valeur obtenue et décide de rester ou non."
    ),
    "journey.advocacy.name": "Recommandation et parrainage",
    "journey.advocacy.description": (
        "Conquis, le client recommande le produit, publie des avis et fait venir de nouveaux "
        "prospects vers l’éditeur."
    ),
    "journey.lane.text": "Actions du client",
    "journey.lane.touchpoints": "Points de contact et canaux",
    "journey.lane.thoughts": "Pensées",
    "journey.lane.emotion": "Émotions",
    "journey.lane.pain_points": "Points de friction",
    "journey.lane.opportunities": "Opportunités",
    "journey.lane.metrics": "Indicateurs",
    "journey.lane.backstage": "Coulisses",
    # Map journey, stage awareness
    "journey.awareness.text": (
        "Constate que les tableurs et un outil de planification vieillissant freinent "
        "l’équipe. Cherche comment d’autres entreprises ont résolu le problème et met quelques "
        "articles de côté."
    ),
    "journey.awareness.touchpoints.search_engine": "Moteur de recherche",
    "journey.awareness.touchpoints.industry_blog": "Blog sectoriel",
    "journey.awareness.touchpoints.linkedin": "LinkedIn",
    "journey.awareness.touchpoints.trade_show": "Salon professionnel",
    "journey.awareness.touchpoints.peer_recommendation": "Recommandation d’un pair",
    "journey.awareness.thoughts": (
        "Des entreprises de notre taille ne font sûrement plus tout à la main ; il existe "
        "forcément mieux."
    ),
    "journey.awareness.emotion": (
        "Curiosité prudente : le problème est ressenti, mais personne ne le porte encore."
    ),
    "journey.awareness.pain_points.vendors_hard_tell": (
        "Difficile de distinguer les éditeurs derrière des promesses marketing génériques"
    ),
    "journey.awareness.pain_points.owner_budget_has": (
        "Aucun responsable ni budget n’est encore attribué au problème"
    ),
    "journey.awareness.pain_points.plenty_content_but": (
        "Beaucoup de contenus, mais peu parlent vraiment du secteur"
    ),
    "journey.awareness.opportunities.publish_industry_guides": (
        "Publier des guides sectoriels avec des chiffres concrets"
    ),
    "journey.awareness.opportunities.offer_short_self": (
        "Proposer un court autodiagnostic de maturité en planification"
    ),
    "journey.awareness.opportunities.invite_happy_customers": (
        "Faire témoigner des clients satisfaits lors d’événements du secteur"
    ),
    "journey.awareness.metrics": (
        "Trafic du site et leads générés, suivis chaque mois au regard de l’objectif."
    ),
    "journey.awareness.backstage": (
        "Le marketing gère les contenus, le SEO et les événements ; l’équipe de prospection "
        "relance les comptes engagés."
    ),
    "journey.awareness.backstage.marketing_automation": "Marketing automation",
    "journey.awareness.backstage.crm": "CRM",
    "journey.awareness.backstage.web_analytics": "Analyse d’audience web",
    # Map journey, stage consideration
    "journey.consideration.text": (
        "Dresse une liste restreinte, réserve des démos, lit des avis et des études de cas, et "
        "associe la DSI et la finance à la comparaison."
    ),
    "journey.consideration.touchpoints.product_demo": "Démo produit",
    "journey.consideration.touchpoints.g2_reviews": "Avis G2",
    "journey.consideration.touchpoints.pricing_page": "Page tarifs",
    "journey.consideration.touchpoints.case_studies": "Études de cas",
    "journey.consideration.touchpoints.webinar": "Webinaire",
    "journey.consideration.thoughts": (
        "Quelle solution tiendra encore quand nous aurons doublé de taille, et combien "
        "coûtera-t-elle vraiment sur trois ans ?"
    ),
    "journey.consideration.emotion": (
        "Impliqué et optimiste, mais le doute gagne à mesure que les options s’accumulent."
    ),
    "journey.consideration.pain_points.pricing_stays_unclear": (
        "Les prix restent flous jusqu’au rendez-vous commercial"
    ),
    "journey.consideration.pain_points.security_integration_details": (
        "Les informations de sécurité et d’intégration sont difficiles à trouver"
    ),
    "journey.consideration.pain_points.demos_show_generic": (
        "Les démos montrent des scénarios génériques, pas les nôtres"
    ),
    "journey.consideration.opportunities.publish_transparent_pricing": (
        "Afficher des tarifs transparents et un calculateur de coût total"
    ),
    "journey.consideration.opportunities.provide_security_integration": (
        "Fournir sur demande un dossier sécurité et intégration"
    ),
    "journey.consideration.opportunities.run_demos_sample": (
        "Faire les démos sur un échantillon des données du prospect"
    ),
    "journey.consideration.metrics": (
        "Demandes de démo et inscriptions à l’essai gratuit, ainsi que le taux de passage du "
        "lead à la démo."
    ),
    "journey.consideration.backstage": (
        "Les commerciaux mènent les démos avec un avant-vente ; le marketing tient à jour les "
        "contenus comparatifs."
    ),
    "journey.consideration.backstage.crm": "CRM",
    "journey.consideration.backstage.demo_environment": "Environnement de démo",
    "journey.consideration.backstage.content_library": "Bibliothèque de contenus",
    # Map journey, stage trial
    "journey.trial.text": (
        "S’inscrit à l’essai, importe un échantillon de données réelles et teste deux ou trois "
        "scénarios clés avec l’équipe."
    ),
    "journey.trial.touchpoints.app_onboarding": "Onboarding dans le produit",
    "journey.trial.touchpoints.welcome_emails": "E-mails de bienvenue",
    "journey.trial.touchpoints.help_centre": "Centre d’aide",
    "journey.trial.touchpoints.live_chat": "Chat en direct",
    "journey.trial.thoughts": (
        "Si je n’en tire rien d’utile en une semaine, le changement n’en vaut pas la peine."
    ),
    "journey.trial.emotion": (
        "L’enthousiasme retombe quand la configuration traîne ; les premiers vrais résultats "
        "redonnent le moral."
    ),
    "journey.trial.pain_points.importing_real_data": (
        "L’import des données réelles est laborieux et source d’erreurs"
    ),
    "journey.trial.pain_points.key_features_locked": (
        "Des fonctions clés sont réservées aux offres payantes"
    ),
    "journey.trial.pain_points.trial_ends_before": (
        "L’essai se termine avant la fin de l’évaluation"
    ),
    "journey.trial.opportunities.ship_realistic_sample": (
        "Fournir des données d’exemple réalistes et une configuration guidée"
    ),
    "journey.trial.opportunities.extend_trials_request": (
        "Prolonger l’essai sur demande quand l’équipe teste activement"
    ),
    "journey.trial.opportunities.schedule_proactive_check": (
        "Prévoir un point proactif avec un avant-vente au troisième jour"
    ),
    "journey.trial.metrics": (
        "Conversion essai-payant, délai avant première valeur et adoption des fonctionnalités "
        "pendant l’essai."
    ),
    "journey.trial.backstage": (
        "Les équipes produit et growth pilotent le parcours d’essai ; le support répond au "
        "chat en moins d’une heure."
    ),
    "journey.trial.backstage.product_analytics": "Analytics produit",
    "journey.trial.backstage.help_desk": "Outil de support",
    "journey.trial.backstage.email_automation": "Automatisation des e-mails",
    # Map journey, stage purchase
    "journey.purchase.text": (
        "Choisit une offre, négocie les conditions, passe les revues achats et sécurité, puis "
        "signe le contrat."
    ),
    "journey.purchase.touchpoints.account_executive": "Responsable de compte",
    "journey.purchase.touchpoints.proposal": "Proposition commerciale",
    "journey.purchase.touchpoints.procurement_portal": "Portail achats",
    "journey.purchase.touchpoints.billing_portal": "Portail de facturation",
    "journey.purchase.thoughts": (
        "Avons-nous couvert tous les risques, et pourrai-je défendre cette dépense devant le "
        "comité de direction ?"
    ),
    "journey.purchase.emotion": (
        "Soulagement d’avoir tranché, teinté d’inquiétude pour le déploiement à venir."
    ),
    "journey.purchase.pain_points.long_security_questionnaires": (
        "De longs questionnaires de sécurité retardent la signature"
    ),
    "journey.purchase.pain_points.contract_invoicing_terms": (
        "Les conditions du contrat et de facturation heurtent les règles financières"
    ),
    "journey.purchase.pain_points.handover_sales_onboarding": (
        "Le passage de relais entre la vente et l’onboarding est brutal"
    ),
    "journey.purchase.opportunities.pre_filled_security": (
        "Un questionnaire de sécurité prérempli et une page de confiance publique"
    ),
    "journey.purchase.opportunities.flexible_billing_annual": (
        "Une facturation souple : annuelle ou trimestrielle, sur bon de commande"
    ),
    "journey.purchase.opportunities.joint_kickoff_call": (
        "Une réunion de lancement commune aux équipes vente et customer success"
    ),
    "journey.purchase.metrics": (
        "Taux de conversion des opportunités et coût d’acquisition client (CAC)."
    ),
    "journey.purchase.backstage": (
        "Les ventes concluent ; la finance met en place la facturation ; un customer success "
        "manager est désigné avant la signature."
    ),
    "journey.purchase.backstage.crm": "CRM",
    "journey.purchase.backstage.contract_management": "Gestion des contrats",
    "journey.purchase.backstage.billing_system": "Système de facturation",
    # Map journey, stage onboarding
    "journey.onboarding.text": (
        "Configure l’espace de travail, connecte les systèmes existants, migre les données et "
        "forme les premiers utilisateurs."
    ),
    "journey.onboarding.touchpoints.kickoff_meeting": "Réunion de lancement",
    "journey.onboarding.touchpoints.onboarding_checklist": "Checklist d’onboarding",
    "journey.onboarding.touchpoints.training_sessions": "Sessions de formation",
    "journey.onboarding.touchpoints.knowledge_base": "Base de connaissances",
    "journey.onboarding.thoughts": (
        "C’est plus de travail que prévu ; quand l’équipe verra-t-elle enfin la différence ?"
    ),
    "journey.onboarding.emotion": (
        "Le creux du parcours : l’effort est maximal et la valeur pas encore visible."
    ),
    "journey.onboarding.pain_points.erp_integration_takes": (
        "L’intégration avec l’ERP prend des semaines"
    ),
    "journey.onboarding.pain_points.users_slip_back": (
        "Les utilisateurs retournent à leurs anciens tableurs"
    ),
    "journey.onboarding.pain_points.training_same_every": (
        "La formation est la même pour tous les profils"
    ),
    "journey.onboarding.opportunities.role_based_onboarding": (
        "Des parcours d’onboarding adaptés à chaque rôle"
    ),
    "journey.onboarding.opportunities.ready_made_connectors": (
        "Des connecteurs prêts à l’emploi pour les ERP les plus répandus"
    ),
    "journey.onboarding.opportunities.mark_first_milestone": (
        "Marquer le premier jalon avec un court bilan chiffré"
    ),
    "journey.onboarding.metrics": (
        "Délai d’obtention de la valeur, taux de finalisation de l’onboarding et volume de "
        "tickets de support."
    ),
    "journey.onboarding.backstage": (
        "Le customer success pilote le plan ; des spécialistes du déploiement prennent en "
        "charge la migration et les intégrations."
    ),
    "journey.onboarding.backstage.onboarding_tracker": "Suivi d’onboarding",
    "journey.onboarding.backstage.integration_platform": "Plateforme d’intégration",
    "journey.onboarding.backstage.help_desk": "Outil de support",
    # Map journey, stage adoption
    "journey.adoption.text": (
        "Utilise le produit au quotidien, explore les fonctions avancées et embarque les "
        "équipes voisines."
    ),
    "journey.adoption.touchpoints.app_tips": "Astuces dans le produit",
    "journey.adoption.touchpoints.product_newsletter": "Newsletter produit",
    "journey.adoption.touchpoints.user_community": "Communauté d’utilisateurs",
    "journey.adoption.touchpoints.quarterly_business_review": "Revue trimestrielle",
    "journey.adoption.thoughts": (
        "Maintenant, on gagne vraiment du temps ; que pourrait-on faire d’autre avec ?"
    ),
    "journey.adoption.emotion": (
        "Confiance et satisfaction à mesure que la nouvelle routine s’installe."
    ),
    "journey.adoption.pain_points.advanced_features_hard": (
        "Les fonctions avancées sont difficiles à découvrir"
    ),
    "journey.adoption.pain_points.some_teams_use": (
        "Certaines équipes s’en servent chaque jour, d’autres résistent au changement"
    ),
    "journey.adoption.opportunities.context_guidance_advanced": (
        "Un guidage contextuel pour les fonctions avancées"
    ),
    "journey.adoption.opportunities.internal_champion_kit": (
        "Un kit pour le champion interne : slides, astuces et vidéos courtes"
    ),
    "journey.adoption.opportunities.usage_dashboards_shared": (
        "Des tableaux de bord d’usage partagés avec le sponsor"
    ),
    "journey.adoption.metrics": "Adhérence au produit (DAU/MAU) et satisfaction client.",
    "journey.adoption.backstage": (
        "Le customer success suit les scores de santé ; le marketing produit annonce les "
        "nouveautés."
    ),
    "journey.adoption.backstage.product_analytics": "Analytics produit",
    "journey.adoption.backstage.customer_success_platform": "Plateforme de customer success",
    "journey.adoption.backstage.community_forum": "Forum communautaire",
    # Map journey, stage expansion
    "journey.expansion.text": (
        "Ajoute des licences pour de nouveaux sites, passe à une offre supérieure et achète un "
        "module supplémentaire."
    ),
    "journey.expansion.touchpoints.customer_success_manager": "Customer success manager",
    "journey.expansion.touchpoints.upgrade_prompts": "Incitations à la montée en gamme",
    "journey.expansion.touchpoints.account_review": "Revue de compte",
    "journey.expansion.touchpoints.pricing_page": "Page tarifs",
    "journey.expansion.thoughts": (
        "Ça fonctionne sur un site ; l’étendre aux autres a du sens si le prix suit "
        "raisonnablement."
    ),
    "journey.expansion.emotion": "Positif et ambitieux, mais attentif aux coûts.",
    "journey.expansion.pain_points.price_jump_between": (
        "L’écart de prix entre deux offres paraît brutal"
    ),
    "journey.expansion.pain_points.unclear_which_plan": (
        "Difficile de savoir quelle offre correspond aux nouveaux besoins"
    ),
    "journey.expansion.opportunities.usage_signals_trigger": (
        "Des signaux d’usage qui déclenchent au bon moment une discussion d’expansion"
    ),
    "journey.expansion.opportunities.graduated_pricing_additional": (
        "Une tarification dégressive pour les sites supplémentaires"
    ),
    "journey.expansion.metrics": (
        "Revenus d’expansion, taux de montée en gamme et revenu moyen par utilisateur (ARPU)."
    ),
    "journey.expansion.backstage": (
        "Gestion de compte et customer success partagent les objectifs d’expansion ; la "
        "finance valide les remises."
    ),
    "journey.expansion.backstage.crm": "CRM",
    "journey.expansion.backstage.product_analytics": "Analytics produit",
    "journey.expansion.backstage.billing_system": "Système de facturation",
    # Map journey, stage renewal
    "journey.renewal.text": (
        "Confronte les résultats au business case initial, examine les alternatives et négocie "
        "le renouvellement."
    ),
    "journey.renewal.touchpoints.renewal_notice": "Avis de renouvellement",
    "journey.renewal.touchpoints.business_review_meeting": "Revue d’affaires",
    "journey.renewal.touchpoints.customer_success_manager": "Customer success manager",
    "journey.renewal.touchpoints.satisfaction_survey": "Enquête de satisfaction",
    "journey.renewal.thoughts": (
        "En avons-nous eu pour notre argent, et un changement vaudrait-il la perturbation ?"
    ),
    "journey.renewal.emotion": (
        "Serein quand la valeur est prouvée, tendu quand les résultats restent flous."
    ),
    "journey.renewal.pain_points.clear_record_value": "Aucune trace claire de la valeur apportée",
    "journey.renewal.pain_points.renewal_notice_arrives": (
        "L’avis de renouvellement arrive trop tard pour le budget"
    ),
    "journey.renewal.pain_points.unresolved_support_tickets": (
        "Des tickets de support non résolus pèsent sur la décision"
    ),
    "journey.renewal.opportunities.value_report_sent": (
        "Un rapport de valeur envoyé 90 jours avant l’échéance"
    ),
    "journey.renewal.opportunities.churn_risk_scoring": (
        "Un score de risque de churn avec alertes précoces"
    ),
    "journey.renewal.opportunities.loyalty_terms_multi": (
        "Des conditions avantageuses pour un engagement pluriannuel"
    ),
    "journey.renewal.metrics": (
        "Taux de churn, taux de renouvellement et rétention nette du revenu (NRR)."
    ),
    "journey.renewal.backstage": (
        "Le customer success porte les renouvellements avec la finance ; l’équipe produit "
        "étudie les retours des comptes à risque."
    ),
    "journey.renewal.backstage.customer_success_platform": "Plateforme de customer success",
    "journey.renewal.backstage.billing_system": "Système de facturation",
    "journey.renewal.backstage.survey_tool": "Outil d’enquête",
    # Map journey, stage advocacy
    "journey.advocacy.text": (
        "Recommande le produit à ses pairs, publie un avis et accepte de témoigner dans une "
        "étude de cas."
    ),
    "journey.advocacy.touchpoints.review_sites": "Sites d’avis",
    "journey.advocacy.touchpoints.referral_programme": "Programme de parrainage",
    "journey.advocacy.touchpoints.customer_events": "Événements clients",
    "journey.advocacy.touchpoints.linkedin": "LinkedIn",
    "journey.advocacy.thoughts": (
        "Ce projet nous a fait briller ; j’en parle volontiers autour de moi."
    ),
    "journey.advocacy.emotion": "Fierté et fidélité.",
    "journey.advocacy.pain_points.being_asked_reviews": (
        "Laisser un avis ressemble à une corvée de plus"
    ),
    "journey.advocacy.pain_points.referral_rewards_unclear": (
        "Les récompenses du parrainage sont peu claires"
    ),
    "journey.advocacy.opportunities.one_click_review": (
        "Une demande d’avis en un clic après un jalon réussi"
    ),
    "journey.advocacy.opportunities.customer_advisory_board": (
        "Un comité consultatif clients avec accès anticipé aux nouveautés"
    ),
    "journey.advocacy.opportunities.co_written_case": (
        "Une étude de cas co-écrite, avec des résultats mesurables"
    ),
    "journey.advocacy.metrics": "NPS, parrainages et avis publiés.",
    "journey.advocacy.backstage": (
        "Le marketing anime les programmes d’ambassadeurs et de parrainage ; le customer "
        "success repère les promoteurs."
    ),
    "journey.advocacy.backstage.survey_tool": "Outil d’enquête",
    "journey.advocacy.backstage.referral_platform": "Plateforme de parrainage",
    "journey.advocacy.backstage.crm": "CRM",
    # Map lifecycle
    "lifecycle.title": "Cycle de vie client SaaS",
    "lifecycle.description": (
        "Un cycle de vie plus court et non linéaire : après une expansion, le client repasse "
        "par l’adoption à mesure qu’arrivent de nouveaux utilisateurs et de nouvelles "
        "fonctionnalités."
    ),
    "lifecycle.awareness.name": "Sensibilisation",
    "lifecycle.awareness.description": (
        "Une entreprise prend conscience d’un besoin et entend parler du produit pour la "
        "première fois via une recherche, un réseau social ou un article."
    ),
    "lifecycle.consideration.name": "Considération",
    "lifecycle.consideration.description": (
        "L’équipe d’achat jauge le produit face aux offres concurrentes, consulte des avis et "
        "le met à l’essai."
    ),
    "lifecycle.decision.name": "Décision / achat",
    "lifecycle.decision.description": (
        "La validation est obtenue, une offre est choisie et l’abonnement démarre."
    ),
    "lifecycle.activation.name": "Activation",
    "lifecycle.activation.description": (
        "Le compte est configuré et les premiers utilisateurs mènent à bien une vraie tâche "
        "avec les fonctions principales."
    ),
    "lifecycle.adoption.name": "Adoption",
    "lifecycle.adoption.description": (
        "Le produit entre dans le travail de tous les jours et commence à porter ses fruits ; "
        "chaque vague de nouveaux utilisateurs apportée par l’expansion repasse par cette "
        "étape."
    ),
    "lifecycle.retention.name": "Fidélisation",
    "lifecycle.retention.description": (
        "Des échanges réguliers et un support attentif maintiennent l’abonnement ; une fois "
        "renouvelé, le compte est prêt à s’étendre."
    ),
    "lifecycle.expansion.name": "Expansion",
    "lifecycle.expansion.description": (
        "Le compte grandit par des montées en gamme, des licences ou des services "
        "supplémentaires, puis revient à l’adoption pour les nouveaux venus."
    ),
    "lifecycle.lane.text": "Actions du client",
    "lifecycle.lane.touchpoints": "Points de contact et canaux",
    "lifecycle.lane.emotion": "Émotions",
    "lifecycle.lane.pain_points": "Points de friction",
    "lifecycle.lane.opportunities": "Opportunités",
    # Map lifecycle, stage awareness
    "lifecycle.awareness.text": (
        "Lit des articles sur le problème, suit les réseaux sociaux et tombe sur le produit "
        "dans les résultats de recherche."
    ),
    "lifecycle.awareness.touchpoints.seo": "SEO",
    "lifecycle.awareness.touchpoints.social_media": "Réseaux sociaux",
    "lifecycle.awareness.touchpoints.content_marketing": "Marketing de contenu",
    "lifecycle.awareness.touchpoints.podcasts": "Podcasts",
    "lifecycle.awareness.emotion": "Neutre, vaguement intéressé.",
    "lifecycle.awareness.pain_points.category_jargon_makes": (
        "Le jargon du secteur rend toutes les offres semblables"
    ),
    "lifecycle.awareness.pain_points.little_proof_speaks": (
        "Peu de preuves adaptées aux entreprises de taille intermédiaire"
    ),
    "lifecycle.awareness.opportunities.plain_language_pages": (
        "Des pages en langage clair pour chaque cas d’usage"
    ),
    "lifecycle.awareness.opportunities.short_video_stories": (
        "De courtes vidéos de clients comparables"
    ),
    # Map lifecycle, stage consideration
    "lifecycle.consideration.text": (
        "Compare les produits côte à côte, lit des avis et demande une démo ou un essai gratuit."
    ),
    "lifecycle.consideration.touchpoints.website": "Site web",
    "lifecycle.consideration.touchpoints.review_sites": "Sites d’avis",
    "lifecycle.consideration.touchpoints.demo": "Démo",
    "lifecycle.consideration.touchpoints.free_trial": "Essai gratuit",
    "lifecycle.consideration.emotion": "Intéressé, un peu submergé par le choix.",
    "lifecycle.consideration.pain_points.feature_comparisons_biased": (
        "Des comparatifs partiaux ou dépassés"
    ),
    "lifecycle.consideration.pain_points.hard_get_every": (
        "Difficile d’impliquer toutes les parties prenantes en même temps"
    ),
    "lifecycle.consideration.opportunities.honest_comparison_pages": (
        "Des pages comparatives honnêtes et tenues à jour"
    ),
    "lifecycle.consideration.opportunities.stakeholder_pack_one": (
        "Un dossier décideurs : une page par rôle d’achat"
    ),
    # Map lifecycle, stage decision
    "lifecycle.decision.text": (
        "S’accorde sur une offre et un budget, obtient la validation et souscrit."
    ),
    "lifecycle.decision.touchpoints.sales_call": "Rendez-vous commercial",
    "lifecycle.decision.touchpoints.quote": "Devis",
    "lifecycle.decision.touchpoints.online_checkout": "Paiement en ligne",
    "lifecycle.decision.touchpoints.contract": "Contrat",
    "lifecycle.decision.emotion": "Engagé, un peu inquiet face au changement.",
    "lifecycle.decision.pain_points.approval_chain_slow": "Le circuit de validation est lent",
    "lifecycle.decision.pain_points.plan_options_hard": "Les offres sont difficiles à départager",
    "lifecycle.decision.opportunities.clear_plan_comparison": (
        "Un comparatif d’offres clair avec une option recommandée"
    ),
    "lifecycle.decision.opportunities.mutual_action_plan": (
        "Un plan d’action commun convenu avec l’acheteur"
    ),
    # Map lifecycle, stage activation
    "lifecycle.activation.text": (
        "Crée les comptes, invite ses collègues et mène à bien une première tâche réelle dans "
        "le produit."
    ),
    "lifecycle.activation.touchpoints.setup_wizard": "Assistant de configuration",
    "lifecycle.activation.touchpoints.welcome_email": "E-mail de bienvenue",
    "lifecycle.activation.touchpoints.onboarding_call": "Appel d’onboarding",
    "lifecycle.activation.touchpoints.help_centre": "Centre d’aide",
    "lifecycle.activation.emotion": "Anxieux au départ, puis rassuré par le premier succès.",
    "lifecycle.activation.pain_points.empty_workspace_gives": (
        "Un espace vide qui n’indique pas par où commencer"
    ),
    "lifecycle.activation.pain_points.invited_colleagues_never": (
        "Les collègues invités ne se connectent jamais"
    ),
    "lifecycle.activation.opportunities.templates_pre_fill": (
        "Des modèles qui préremplissent l’espace de travail"
    ),
    "lifecycle.activation.opportunities.reminders_invitees_who": (
        "Des relances pour les invités qui ne se sont pas encore connectés"
    ),
    # Map lifecycle, stage adoption
    "lifecycle.adoption.text": (
        "Intègre le produit à ses routines hebdomadaires et s’appuie dessus pour le reporting."
    ),
    "lifecycle.adoption.touchpoints.app_messages": "Messages dans le produit",
    "lifecycle.adoption.touchpoints.webinars": "Webinaires",
    "lifecycle.adoption.touchpoints.community": "Communauté",
    "lifecycle.adoption.touchpoints.newsletter": "Newsletter",
    "lifecycle.adoption.emotion": "Satisfait : le produit est devenu une habitude.",
    "lifecycle.adoption.pain_points.usage_levels_off": "L’usage plafonne après le premier mois",
    "lifecycle.adoption.pain_points.new_hires_never": (
        "Les nouveaux arrivants ne sont jamais formés"
    ),
    "lifecycle.adoption.opportunities.monthly_tips_based": (
        "Des conseils mensuels fondés sur l’usage réel"
    ),
    "lifecycle.adoption.opportunities.self_paced_academy": (
        "Une académie en ligne, à suivre à son rythme, pour les nouveaux utilisateurs"
    ),
    # Map lifecycle, stage retention
    "lifecycle.retention.text": (
        "Sollicite le support au besoin, participe aux revues d’affaires et renouvelle "
        "l’abonnement."
    ),
    "lifecycle.retention.touchpoints.support": "Support",
    "lifecycle.retention.touchpoints.customer_success_manager": "Customer success manager",
    "lifecycle.retention.touchpoints.nps_survey": "Enquête NPS",
    "lifecycle.retention.touchpoints.business_review": "Revue d’affaires",
    "lifecycle.retention.emotion": (
        "Fidèle quand le support est rapide, agacé quand les problèmes s’éternisent."
    ),
    "lifecycle.retention.pain_points.slow_answers_support": (
        "Des réponses lentes aux tickets de support"
    ),
    "lifecycle.retention.pain_points.promises_made_during": (
        "Des promesses faites pendant la vente et non tenues"
    ),
    "lifecycle.retention.opportunities.health_scores_flag": (
        "Des scores de santé qui signalent tôt les comptes à risque"
    ),
    "lifecycle.retention.opportunities.realistic_expectations_set": (
        "Des attentes réalistes posées dès le premier échange"
    ),
    # Map lifecycle, stage expansion
    "lifecycle.expansion.text": (
        "Passe à une offre supérieure, ajoute des utilisateurs ou souscrit un service "
        "complémentaire."
    ),
    "lifecycle.expansion.touchpoints.account_manager": "Responsable de compte",
    "lifecycle.expansion.touchpoints.upgrade_prompts": "Incitations à la montée en gamme",
    "lifecycle.expansion.touchpoints.pricing_page": "Page tarifs",
    "lifecycle.expansion.touchpoints.customer_events": "Événements clients",
    "lifecycle.expansion.emotion": "Enthousiaste face à la croissance, prudent sur le budget.",
    "lifecycle.expansion.pain_points.upgrades_trigger_new": (
        "Une montée en gamme impose un nouveau cycle d’achat"
    ),
    "lifecycle.expansion.pain_points.add_ons_poorly": (
        "Les options complémentaires sont mal expliquées"
    ),
    "lifecycle.expansion.opportunities.self_service_upgrades": (
        "Des montées en gamme en libre-service dans des limites convenues"
    ),
    "lifecycle.expansion.opportunities.bundles_multi_team": (
        "Des offres groupées pour les déploiements multi-équipes"
    ),
    # Metrics the demo names itself (the others take the catalogue's name for their kind)
    "metric.csat": "Satisfaction client (CSAT)",
    "metric.nps": "NPS",
    "metric.reviews_published": "Avis publiés",
    "metric.social_engagement": "Taux d’engagement sur les réseaux sociaux",
    "metric.feature_usage": "Utilisation des fonctionnalités",
    "metric.cltv": "Valeur vie client (CLTV)",
}
