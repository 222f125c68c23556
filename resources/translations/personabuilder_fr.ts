<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Commands</name>
    <message>
        <location filename="../../personabuilder/ui/commands.py" line="69"/>
        <location filename="../../personabuilder/ui/persona_commands.py" line="47"/>
        <source>Rename persona</source>
        <translation>Renommer la persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/commands.py" line="82"/>
        <source>Rename journey map</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="48"/>
        <source>Change archetype</source>
        <translation>Changer l’archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="49"/>
        <source>Edit archetype name</source>
        <translation>Modifier le nom de l’archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="50"/>
        <source>Edit job title</source>
        <translation>Modifier le poste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="51"/>
        <source>Edit company</source>
        <translation>Modifier l’entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="52"/>
        <source>Edit company size</source>
        <translation>Modifier la taille de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="53"/>
        <source>Edit industry</source>
        <translation>Modifier le secteur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="54"/>
        <source>Edit age band</source>
        <translation>Modifier la tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="55"/>
        <source>Edit location</source>
        <translation>Modifier la localisation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="56"/>
        <source>Edit quote</source>
        <translation>Modifier la citation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="57"/>
        <source>Edit bio</source>
        <translation>Modifier la biographie</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="58"/>
        <source>Edit goals</source>
        <translation>Modifier les objectifs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="59"/>
        <source>Edit pain points</source>
        <translation>Modifier les points de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="60"/>
        <source>Edit motivations</source>
        <translation>Modifier les motivations</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="61"/>
        <source>Edit objections</source>
        <translation>Modifier les objections</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="62"/>
        <source>Edit decision criteria</source>
        <translation>Modifier les critères de décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="63"/>
        <source>Edit channels</source>
        <translation>Modifier les canaux</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="64"/>
        <source>Edit tools</source>
        <translation>Modifier les outils</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="65"/>
        <source>Edit tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="66"/>
        <source>Change tech savviness</source>
        <translation>Modifier l’aisance technique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="67"/>
        <source>Change influence on the decision</source>
        <translation>Modifier l’influence sur la décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="150"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="152"/>
        <source>Change photo</source>
        <translation>Changer la photo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="242"/>
        <source>Duplicate persona</source>
        <translation>Dupliquer la persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_commands.py" line="267"/>
        <source>Delete persona</source>
        <translation>Supprimer la persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="53"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="82"/>
        <source>Rename stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="95"/>
        <source>Recolour stage</source>
        <translation>Changer la couleur de l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="108"/>
        <source>Move stage</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="119"/>
        <source>Set loop</source>
        <translation>Définir la boucle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="121"/>
        <source>Remove loop</source>
        <translation>Supprimer la boucle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="146"/>
        <source>Delete stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="163"/>
        <source>Add lane</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="173"/>
        <source>Rename lane</source>
        <translation>Renommer la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="186"/>
        <source>Recolour lane</source>
        <translation>Changer la couleur de la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="199"/>
        <source>Move lane</source>
        <translation>Déplacer la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="217"/>
        <source>Delete lane</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="317"/>
        <source>Edit cell</source>
        <translation>Modifier la cellule</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="334"/>
        <source>Clear cell</source>
        <translation>Vider la cellule</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="342"/>
        <source>Mark as assumption</source>
        <translation>Marquer comme hypothèse</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="344"/>
        <source>Mark as partly backed</source>
        <translation>Marquer comme partiellement étayé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="346"/>
        <source>Mark as research-backed</source>
        <translation>Marquer comme étayé par la recherche</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="347"/>
        <source>Remove evidence mark</source>
        <translation>Retirer la marque de preuve</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="392"/>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="408"/>
        <source>Remove channel</source>
        <translation>Retirer un canal</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="425"/>
        <source>Link persona</source>
        <translation>Lier un persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_commands.py" line="443"/>
        <source>Unlink persona</source>
        <translation>Délier un persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="118"/>
        <source>Change emotion score</source>
        <translation>Modifier le score d’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metric_commands.py" line="42"/>
        <source>Add metric</source>
        <translation>Ajouter une métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metric_commands.py" line="62"/>
        <source>Edit metric</source>
        <translation>Modifier la métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metric_commands.py" line="80"/>
        <source>Delete metric</source>
        <translation>Supprimer la métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metric_commands.py" line="103"/>
        <source>Set metric values</source>
        <translation>Saisir des valeurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metric_commands.py" line="122"/>
        <source>Load cohort table</source>
        <translation>Charger une table de cohortes</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../personabuilder/ui/dialogs.py" line="11"/>
        <source>PersonaBuilder workspaces (*.pbw);;All files (*)</source>
        <translation>Espaces de travail PersonaBuilder (*.pbw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/dialogs.py" line="18"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
</context>
<context>
    <name>EmotionCurve</name>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="165"/>
        <source>Emotion curve</source>
        <translation>Courbe d’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="170"/>
        <source>Show to-be</source>
        <translation>Afficher la cible</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="171"/>
        <source>Show the to-be curves beside the as-is ones</source>
        <translation>Afficher les courbes cibles à côté des courbes actuelles</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="405"/>
        <source>no score</source>
        <translation>pas de score</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="408"/>
        <source>{persona} · {stage} (to-be): {score}</source>
        <translation>{persona} · {stage} (cible)&#xa0;: {score}</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="411"/>
        <source>{persona} · {stage}: {score}</source>
        <translation>{persona} · {stage}&#xa0;: {score}</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="417"/>
        <source>No persona is linked to this map.</source>
        <translation>Aucun persona n’est lié à cette carte.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="423"/>
        <source>Left and Right choose the stage, Tab the persona, Up and Down change the score (with Shift: the to-be score), Delete clears it.</source>
        <translation>Gauche et Droite choisissent l’étape, Tab le persona, Haut et Bas changent le score (avec Maj&#xa0;: le score cible), Suppr l’efface.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="439"/>
        <source>Show or hide this persona&apos;s curves</source>
        <translation>Afficher ou masquer les courbes de ce persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/emotion_curve.py" line="646"/>
        <source>Link a persona to this map to chart how it feels at each stage.</source>
        <translation>Liez un persona à cette carte pour tracer ce qu’il ressent à chaque étape.</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="383"/>
        <location filename="../../personabuilder/ui/gallery.py" line="609"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="384"/>
        <location filename="../../personabuilder/ui/gallery.py" line="610"/>
        <source>Archetype</source>
        <translation>Archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="385"/>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="386"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="387"/>
        <location filename="../../personabuilder/ui/gallery.py" line="611"/>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="435"/>
        <source>Last edited %1</source>
        <translation>Modifiée le %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="585"/>
        <location filename="../../personabuilder/ui/gallery.py" line="586"/>
        <source>Search personas</source>
        <translation>Rechercher des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="594"/>
        <source>Filter by archetype</source>
        <translation>Filtrer par archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="596"/>
        <source>All archetypes</source>
        <translation>Tous les archétypes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="600"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="607"/>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="612"/>
        <source>Workspace order</source>
        <translation>Ordre de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="616"/>
        <source>Sort:</source>
        <translation>Trier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="620"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="621"/>
        <source>Show as cards</source>
        <translation>Afficher en cartes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="624"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="625"/>
        <source>Show as list</source>
        <translation>Afficher en liste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="635"/>
        <source>Personas as cards</source>
        <translation>Personas en cartes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="639"/>
        <source>Personas as a list</source>
        <translation>Personas en liste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="833"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="881"/>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="883"/>
        <source>No persona matches the search and filters.</source>
        <translation>Aucune persona ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/gallery.py" line="887"/>
        <source>This workspace has no personas yet.</source>
        <translation>Cet espace de travail n’a encore aucune persona.</translation>
    </message>
</context>
<context>
    <name>ImportPersonas</name>
    <message>
        <location filename="../../personabuilder/ui/import_dialog.py" line="25"/>
        <source>Import Personas</source>
        <translation>Importer des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/import_dialog.py" line="26"/>
        <source>Choose the personas to copy from “%1”:</source>
        <translation>Choisissez les personas à copier depuis «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/import_dialog.py" line="30"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="132"/>
        <source>Import Metric Values: %1</source>
        <translation>Importer des valeurs&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="137"/>
        <source>One row per value (metric, stage, period, value)</source>
        <translation>Une ligne par valeur (métrique, étape, période, valeur)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="138"/>
        <source>One column per period</source>
        <translation>Une colonne par période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="140"/>
        <source>Decimal point (1,234.5)</source>
        <translation>Point décimal (1,234.5)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="141"/>
        <source>Decimal comma (1 234,5)</source>
        <translation>Virgule décimale (1 234,5)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="143"/>
        <source>Day first (31/12/2025)</source>
        <translation>Jour d’abord (31/12/2025)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="144"/>
        <source>Month first (12/31/2025)</source>
        <translation>Mois d’abord (12/31/2025)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="147"/>
        <source>Layout:</source>
        <translation>Disposition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="148"/>
        <source>Numbers:</source>
        <translation>Nombres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="149"/>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="152"/>
        <source>How each column was understood</source>
        <translation>Comment chaque colonne a été comprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="155"/>
        <source>How the file was read (change anything that is wrong)</source>
        <translation>Comment le fichier a été lu (corrigez ce qui est faux)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="161"/>
        <location filename="../../personabuilder/ui/metrics_import.py" line="190"/>
        <source>Values to import</source>
        <translation>Valeurs à importer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="164"/>
        <location filename="../../personabuilder/ui/metrics_import.py" line="174"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="165"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="166"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="167"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="168"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="169"/>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="173"/>
        <source>Rows that cannot be imported</source>
        <translation>Lignes impossibles à importer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="174"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="254"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="258"/>
        <source>Encoding %1 · separator %2 · header on line %3</source>
        <translation>Encodage&#xa0;%1 · séparateur&#xa0;%2 · en-tête à la ligne&#xa0;%3</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="290"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics_import.py" line="293"/>
        <source>%n row(s) cannot be imported</source>
        <translation>
            <numerusform>%n ligne impossible à importer</numerusform>
            <numerusform>%n lignes impossibles à importer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="297"/>
        <source>%1 for %2</source>
        <translation>%1 pour&#xa0;%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics_import.py" line="298"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics_import.py" line="299"/>
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n métrique</numerusform>
            <numerusform>%n métriques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="305"/>
        <source>To import: %1. The rows listed on the right will be left out.</source>
        <translation>À importer&#xa0;:&#xa0;%1. Les lignes listées à droite seront ignorées.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="310"/>
        <source>To import: %1.</source>
        <translation>À importer&#xa0;:&#xa0;%1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics_import.py" line="311"/>
        <source>Import %n Value(s)</source>
        <translation>
            <numerusform>Importer&#xa0;%n valeur</numerusform>
            <numerusform>Importer&#xa0;%n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="302"/>
        <source>Nothing in this file can be imported into this map.</source>
        <translation>Rien dans ce fichier ne peut être importé dans cette carte.</translation>
    </message>
</context>
<context>
    <name>JourneyGrid</name>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="88"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="89"/>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="90"/>
        <source>Partly backed</source>
        <translation>Partiellement étayé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="91"/>
        <source>Research-backed</source>
        <translation>Étayé par la recherche</translation>
    </message>
</context>
<context>
    <name>JourneyGridView</name>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="558"/>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="561"/>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="564"/>
        <source>Fit to Window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="566"/>
        <source>Only Assumptions</source>
        <translation>Hypothèses seulement</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="574"/>
        <source>◌ assumption   ◐ partly backed   ● research-backed   S severity · I impact · E effort</source>
        <translation>◌ hypothèse   ◐ partiellement étayé   ● étayé par la recherche   S sévérité · I impact · E effort</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="851"/>
        <location filename="../../personabuilder/ui/journey_grid.py" line="1010"/>
        <source>Add Stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="853"/>
        <source>Add Stage Before</source>
        <translation>Ajouter une étape avant</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="856"/>
        <source>Add Stage After</source>
        <translation>Ajouter une étape après</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="860"/>
        <location filename="../../personabuilder/ui/journey_grid.py" line="904"/>
        <source>Rename...</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="861"/>
        <location filename="../../personabuilder/ui/journey_grid.py" line="905"/>
        <source>Colour...</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="862"/>
        <location filename="../../personabuilder/ui/journey_grid.py" line="906"/>
        <source>Remove Colour</source>
        <translation>Retirer la couleur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="865"/>
        <source>Loop To</source>
        <translation>Boucler vers</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="866"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="880"/>
        <source>Delete Stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="888"/>
        <location filename="../../personabuilder/ui/journey_grid.py" line="1051"/>
        <source>Add Lane</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="891"/>
        <source>Add Lane Above</source>
        <translation>Ajouter une ligne au-dessus</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="892"/>
        <source>Add Lane Below</source>
        <translation>Ajouter une ligne en dessous</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="910"/>
        <source>Delete Lane</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="916"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="928"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="929"/>
        <source>Clear Cell</source>
        <translation>Vider la cellule</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="946"/>
        <source>New Channel...</source>
        <translation>Nouveau canal…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="974"/>
        <source>New Channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="974"/>
        <source>Channel name:</source>
        <translation>Nom du canal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="978"/>
        <source>Add channel %1</source>
        <translation>Ajouter le canal&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="1010"/>
        <location filename="../../personabuilder/ui/journey_grid.py" line="1019"/>
        <source>Stage name:</source>
        <translation>Nom de l’étape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="1010"/>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="1019"/>
        <source>Rename Stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="1051"/>
        <location filename="../../personabuilder/ui/journey_grid.py" line="1060"/>
        <source>Lane name:</source>
        <translation>Nom de la ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_grid.py" line="1060"/>
        <source>Rename Lane</source>
        <translation>Renommer la ligne</translation>
    </message>
</context>
<context>
    <name>JourneyStudio</name>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="66"/>
        <source>New journey map</source>
        <translation>Nouvelle carte de parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="102"/>
        <source>Save snapshot</source>
        <translation>Enregistrer un instantané</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="122"/>
        <source>Restore snapshot</source>
        <translation>Restaurer un instantané</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="136"/>
        <source>New Journey Map</source>
        <translation>Nouvelle carte de parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="141"/>
        <source>%1 (%2 stages)</source>
        <translation>%1 (%2 étapes)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="152"/>
        <location filename="../../personabuilder/ui/journey_studio.py" line="366"/>
        <source>Personas the map follows</source>
        <translation>Personas suivis par la carte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="166"/>
        <source>Start from:</source>
        <translation>Partir de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="167"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="168"/>
        <source>Personas:</source>
        <translation>Personas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="205"/>
        <location filename="../../personabuilder/ui/journey_studio.py" line="207"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="215"/>
        <source>Save Snapshot...</source>
        <translation>Enregistrer un instantané…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="216"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="219"/>
        <source>Compare with Current</source>
        <translation>Comparer avec l’actuelle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="224"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="233"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="281"/>
        <source>Save Snapshot</source>
        <translation>Enregistrer un instantané</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="282"/>
        <source>Name of the snapshot:</source>
        <translation>Nom de l’instantané&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="298"/>
        <source>The map as this snapshot saw it (read-only).</source>
        <translation>La carte telle que l’instantané l’a enregistrée (lecture seule).</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="318"/>
        <source>Cells since the snapshot: changed %1 · added %2 · removed %3</source>
        <translation>Cellules depuis l’instantané&#xa0;: modifiées %1 · ajoutées %2 · supprimées %3</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="327"/>
        <source>Stages added: %1 · removed: %2</source>
        <translation>Étapes ajoutées&#xa0;: %1 · supprimées&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="336"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="337"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="338"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="352"/>
        <source>The map was restored from the snapshot. Edit › Undo reverts it.</source>
        <translation>La carte a été restaurée depuis l’instantané. Édition › Annuler revient en arrière.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="363"/>
        <source>Linked Personas</source>
        <translation>Personas liés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="376"/>
        <source>A persona taken off the map takes its emotion scores with it (Edit › Undo brings them back).</source>
        <translation>Un persona retiré de la carte emporte ses scores d’émotion (Édition › Annuler les restaure).</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="423"/>
        <source>Snapshots...</source>
        <translation>Instantanés…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="427"/>
        <source>Personas...</source>
        <translation>Personas…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="436"/>
        <source>Emotion curves</source>
        <translation>Courbes d’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="453"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="454"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="530"/>
        <source>Change linked personas</source>
        <translation>Modifier les personas liés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="581"/>
        <source>&amp;New Journey Map...</source>
        <translation>&amp;Nouvelle carte de parcours…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="587"/>
        <source>Linked &amp;Personas...</source>
        <translation>&amp;Personas liés…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journey_studio.py" line="593"/>
        <source>&amp;Snapshots...</source>
        <translation>&amp;Instantanés…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="13"/>
        <source>Executive sponsor</source>
        <translation>Sponsor exécutif</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="14"/>
        <source>Technical evaluator</source>
        <translation>Évaluateur technique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="15"/>
        <source>End-user champion</source>
        <translation>Utilisateur référent</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="16"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="23"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="24"/>
        <source>Touchpoints &amp; channels</source>
        <translation>Points de contact et canaux</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="25"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="26"/>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="27"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="28"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/labels.py" line="29"/>
        <source>Backstage</source>
        <translation>Coulisses</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="54"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="55"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="56"/>
        <source>Currency</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="57"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="58"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="65"/>
        <source>Higher is better</source>
        <translation>Plus c’est haut, mieux c’est</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="66"/>
        <source>Lower is better</source>
        <translation>Plus c’est bas, mieux c’est</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="73"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="74"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="75"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="82"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="83"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="84"/>
        <source>Off track</source>
        <translation>Hors objectif</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="85"/>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../personabuilder/ui/list_editor.py" line="104"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/list_editor.py" line="105"/>
        <source>Add an entry (Insert)</source>
        <translation>Ajouter une entrée (Inser)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/list_editor.py" line="109"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/list_editor.py" line="110"/>
        <source>Remove the selected entry (Delete)</source>
        <translation>Retirer l’entrée choisie (Suppr)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/list_editor.py" line="114"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/list_editor.py" line="115"/>
        <source>Move the selected entry up (Ctrl+Up)</source>
        <translation>Monter l’entrée choisie (Ctrl+Haut)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/list_editor.py" line="119"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/list_editor.py" line="120"/>
        <source>Move the selected entry down (Ctrl+Down)</source>
        <translation>Descendre l’entrée choisie (Ctrl+Bas)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="57"/>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="64"/>
        <source>New &amp;Demo Workspace...</source>
        <translation>Nouvel espace de &amp;démonstration…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="70"/>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="75"/>
        <location filename="../../personabuilder/ui/main_window.py" line="196"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="78"/>
        <source>Save a &amp;Copy As...</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="90"/>
        <source>Re&amp;name...</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="97"/>
        <source>&amp;About PersonaBuilder</source>
        <translation>À &amp;propos de PersonaBuilder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="108"/>
        <source>There is no file named “%1” any more.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="111"/>
        <source>“%1” is not a PersonaBuilder workspace.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un espace de travail PersonaBuilder.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="114"/>
        <source>“%1” is damaged and cannot be opened safely.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert sans risque.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="117"/>
        <source>“%1” was saved by a newer version of PersonaBuilder.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de PersonaBuilder.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="120"/>
        <source>“%1” is in a location that cannot be written to.</source>
        <translation>«&#xa0;%1&#xa0;» se trouve dans un emplacement où l’écriture est impossible.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="123"/>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="124"/>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="151"/>
        <source>Personas and journey maps</source>
        <translation>Personas et parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="159"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="161"/>
        <source>No workspace is open.
Use File › New Workspace or File › Open.</source>
        <translation>Aucun espace de travail n’est ouvert.
Utilisez Fichier › Nouvel espace de travail ou Fichier › Ouvrir.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="191"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="192"/>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="193"/>
        <source>&amp;Journey</source>
        <translation>Par&amp;cours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="208"/>
        <location filename="../../personabuilder/ui/main_window.py" line="276"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="210"/>
        <location filename="../../personabuilder/ui/main_window.py" line="280"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="300"/>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="304"/>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="411"/>
        <source>PersonaBuilder</source>
        <translation>PersonaBuilder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="426"/>
        <source>New Demo Workspace</source>
        <translation>Nouvel espace de démonstration</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="428"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="432"/>
        <source>Untitled.pbw</source>
        <translation>Sans titre.pbw</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="462"/>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="473"/>
        <source>Copy saved as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="480"/>
        <source>&lt;h3&gt;PersonaBuilder %1&lt;/h3&gt;&lt;p&gt;Buyer personas and customer journey maps for SaaS teams, kept in one file on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PersonaBuilder %1&lt;/h3&gt;&lt;p&gt;Personas acheteurs et parcours clients pour les équipes SaaS, réunis dans un seul fichier sur votre ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="485"/>
        <source>About PersonaBuilder</source>
        <translation>À propos de PersonaBuilder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="525"/>
        <source>%1 personas · %2 journey maps</source>
        <translation>%1 personas · %2 parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="528"/>
        <source>Select a persona or a journey map in the sidebar to see its summary.</source>
        <translation>Sélectionnez une persona ou un parcours dans le panneau latéral pour afficher son résumé.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="552"/>
        <source>Rename Persona</source>
        <translation>Renommer la persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="553"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="562"/>
        <source>Rename Journey Map</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="563"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="597"/>
        <source>The change was not made</source>
        <translation>La modification n’a pas été effectuée</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="181"/>
        <source>Edit Metric</source>
        <translation>Modifier la métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="181"/>
        <source>Add Metric</source>
        <translation>Ajouter une métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="183"/>
        <source>Custom metric</source>
        <translation>Métrique personnalisée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="200"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="219"/>
        <source>From the catalogue:</source>
        <translation>Depuis le catalogue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="220"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="221"/>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="222"/>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="223"/>
        <source>Target:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="224"/>
        <source>Periods:</source>
        <translation>Périodes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="249"/>
        <source>A metric needs a name.</source>
        <translation>Une métrique doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="254"/>
        <source>The target “%1” is not a number.</source>
        <translation>L’objectif «&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>MetricsImport</name>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="42"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="43"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="44"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="45"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="46"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="47"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="55"/>
        <source>Import Metric Values</source>
        <translation>Importer des valeurs de métriques</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="57"/>
        <source>Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exports de tableur (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="85"/>
        <source>Reading the file...</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="86"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="332"/>
        <source>Import Failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="339"/>
        <source>The file %1 could not be read.</source>
        <translation>Le fichier&#xa0;%1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_import.py" line="359"/>
        <source>Import %1</source>
        <translation>Importer&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="283"/>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="285"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="329"/>
        <source>Stage / metric</source>
        <translation>Étape / métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="329"/>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="329"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="329"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="331"/>
        <source>Stage metrics</source>
        <translation>Métriques des étapes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="341"/>
        <source>Add Metric...</source>
        <translation>Ajouter une métrique…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="342"/>
        <source>Edit...</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="343"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="344"/>
        <source>Import CSV...</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="357"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="357"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="358"/>
        <source>Values per period</source>
        <translation>Valeurs par période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="373"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="375"/>
        <source>Trend of the selected metric</source>
        <translation>Évolution de la métrique choisie</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="376"/>
        <source>Stage health</source>
        <translation>Santé des étapes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="377"/>
        <source>Funnel across stages</source>
        <translation>Entonnoir des étapes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="378"/>
        <source>Actual vs target (unit of the selected metric)</source>
        <translation>Réel et objectif (unité de la métrique choisie)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="379"/>
        <source>Emotion curves</source>
        <translation>Courbes d’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="380"/>
        <source>Cohort retention</source>
        <translation>Rétention par cohorte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="385"/>
        <source>Export Chart...</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="387"/>
        <source>Load Cohort CSV...</source>
        <translation>Charger un CSV de cohortes…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="389"/>
        <source>A table of cohort, period offset and retained count (or rate)</source>
        <translation>Une table de cohortes, décalages de période et effectifs (ou taux) conservés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="521"/>
        <source>Select a metric to see and edit its values.</source>
        <translation>Choisissez une métrique pour voir et modifier ses valeurs.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="525"/>
        <source>%1 · %2 · type a value, paste cells from a spreadsheet (Ctrl+V), Delete clears.</source>
        <translation>%1 ·&#xa0;%2 · saisissez une valeur, collez des cellules d’un tableur (Ctrl+V), Suppr efface.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="634"/>
        <source>Not a Number</source>
        <translation>Pas un nombre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="635"/>
        <source>“%1” is not a number; the value was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;; la valeur n’a pas changé.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="645"/>
        <source>Clear values</source>
        <translation>Effacer des valeurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="662"/>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="709"/>
        <source>Line %1: %2</source>
        <translation>Ligne&#xa0;%1&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="667"/>
        <source>Nothing Pasted</source>
        <translation>Rien n’a été collé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="668"/>
        <source>These pasted lines are not a value or a period and a value:</source>
        <translation>Ces lignes collées ne sont ni une valeur, ni une période suivie d’une valeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="672"/>
        <source>Paste values</source>
        <translation>Coller des valeurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="701"/>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="718"/>
        <source>Cohort Table Not Loaded</source>
        <translation>Table de cohortes non chargée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="702"/>
        <source>The file %1 could not be read.</source>
        <translation>Le fichier&#xa0;%1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="719"/>
        <source>%1 has rows that cannot be read; nothing was loaded.</source>
        <translation>%1 contient des lignes illisibles&#xa0;; rien n’a été chargé.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="829"/>
        <source>Chart Not Saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics_panel.py" line="830"/>
        <source>The chart could not be written to %1.</source>
        <translation>Le graphique n’a pas pu être écrit dans&#xa0;%1.</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="212"/>
        <source>Tech savviness</source>
        <translation>Aisance technique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="213"/>
        <source>Influence on the decision</source>
        <translation>Influence sur la décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="223"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="224"/>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="225"/>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="226"/>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="232"/>
        <source>Decision criteria</source>
        <translation>Critères de décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="235"/>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="236"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="249"/>
        <source>Journey maps</source>
        <translation>Parcours</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="262"/>
        <source>Import Photo</source>
        <translation>Importer une photo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="264"/>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="273"/>
        <source>Delete the persona “%1”?</source>
        <translation>Supprimer la persona «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="278"/>
        <source>Delete Persona</source>
        <translation>Supprimer la persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="284"/>
        <source>It is used by these journey maps, which will lose it and its emotion scores:</source>
        <translation>Ces parcours l’utilisent et perdront la persona et ses scores d’émotion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="293"/>
        <location filename="../../personabuilder/ui/persona_editor.py" line="297"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Vous pourrez l’annuler avec Édition › Annuler.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="300"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="332"/>
        <location filename="../../personabuilder/ui/persona_editor.py" line="622"/>
        <source>Select a persona to edit it.</source>
        <translation>Choisissez une persona pour la modifier.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="336"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="340"/>
        <source>Persona card</source>
        <translation>Fiche de la persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="342"/>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="362"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="371"/>
        <source>Import photo…</source>
        <translation>Importer une photo…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="373"/>
        <source>Use a PNG, JPEG or WebP picture; it is cropped to a square and stored.</source>
        <translation>Utilisez une image PNG, JPEG ou WebP&#x202f;; elle est recadrée en carré et enregistrée.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="376"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="377"/>
        <source>Show the initials instead of a photo.</source>
        <translation>Afficher les initiales au lieu d’une photo.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="396"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="402"/>
        <source>Archetype</source>
        <translation>Archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="429"/>
        <source>From 1 (low) to 5 (high)</source>
        <translation>De 1 (faible) à 5 (élevée)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="433"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="434"/>
        <source>Comma-separated, e.g. Budget holder, Security</source>
        <translation>Séparées par des virgules, par exemple Budget, Sécurité</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="444"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="445"/>
        <source>&amp;Archetype:</source>
        <translation>Arc&amp;hétype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="446"/>
        <source>Archetype na&amp;me:</source>
        <translation>Nom de l’archét&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="447"/>
        <source>&amp;Job title:</source>
        <translation>Pos&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="448"/>
        <source>&amp;Company:</source>
        <translation>Ent&amp;reprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="449"/>
        <source>Company si&amp;ze:</source>
        <translation>Ta&amp;ille de l’entreprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="452"/>
        <source>In&amp;dustry:</source>
        <translation>Se&amp;cteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="453"/>
        <source>A&amp;ge band:</source>
        <translation>Tranche d’â&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="454"/>
        <source>&amp;Location:</source>
        <translation>&amp;Localisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="455"/>
        <source>&amp;Tech savviness:</source>
        <translation>Ai&amp;sance technique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="456"/>
        <source>Infl&amp;uence on the decision:</source>
        <translation>Infl&amp;uence sur la décision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="457"/>
        <source>Tag&amp;s:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="464"/>
        <source>&amp;Quote:</source>
        <translation>Citati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="468"/>
        <source>&amp;Bio:</source>
        <translation>&amp;Biographie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="486"/>
        <source>Double-click or press F2 to edit an entry; Insert adds one, Delete removes it, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier une entrée&#x202f;; Inser en ajoute une, Suppr la retire, Ctrl+Haut et Ctrl+Bas la déplacent.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="547"/>
        <source>Archetype name</source>
        <translation>Nom de l’archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="548"/>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="549"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="550"/>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="551"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="552"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="553"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="554"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="555"/>
        <source>Bio</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="556"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="557"/>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="558"/>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="559"/>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="560"/>
        <source>Decision criteria</source>
        <translation>Critères de décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="561"/>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="562"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="563"/>
        <source>Tech savviness</source>
        <translation>Aisance technique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="564"/>
        <source>Influence on the decision</source>
        <translation>Influence sur la décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="620"/>
        <source>This persona no longer exists.</source>
        <translation>Cette persona n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="718"/>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="737"/>
        <source>This text is %1 characters long; the limit is %2.</source>
        <translation>Ce texte compte %1&#xa0;caractères&#x202f;; la limite est de %2.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="806"/>
        <source>The image file is %1 MB; the limit is %2 MB.</source>
        <translation>Le fichier image pèse %1&#xa0;Mo&#x202f;; la limite est de %2&#xa0;Mo.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_editor.py" line="814"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PersonaGallery</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/gallery.py" line="876"/>
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaStudio</name>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="127"/>
        <source>&amp;New Persona</source>
        <translation>&amp;Nouvelle persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="133"/>
        <source>Persona &amp;Gallery</source>
        <translation>&amp;Galerie des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="139"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="145"/>
        <source>De&amp;lete Persona</source>
        <translation>&amp;Supprimer la persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="151"/>
        <source>&amp;Copy Personas</source>
        <translation>&amp;Copier les personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="157"/>
        <source>&amp;Paste Personas</source>
        <translation>C&amp;oller les personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="163"/>
        <source>&amp;Import Personas from Workspace...</source>
        <translation>&amp;Importer des personas d’un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="202"/>
        <source>From Template: %1</source>
        <translation>D’après le modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="209"/>
        <source>Custom Archetype...</source>
        <translation>Archétype personnalisé…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="237"/>
        <location filename="../../personabuilder/ui/persona_studio.py" line="265"/>
        <source>New persona</source>
        <translation>Nouvelle persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="247"/>
        <location filename="../../personabuilder/ui/persona_studio.py" line="258"/>
        <source>New Custom Persona</source>
        <translation>Nouvelle persona personnalisée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="248"/>
        <source>Name of the archetype (for example “Procurement officer”):</source>
        <translation>Nom de l’archétype (par exemple «&#xa0;Responsable des achats&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="259"/>
        <source>The archetype needs a name.</source>
        <translation>L’archétype doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="279"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="322"/>
        <location filename="../../personabuilder/ui/persona_studio.py" line="331"/>
        <source>Paste Personas</source>
        <translation>Coller des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="323"/>
        <source>The clipboard holds no personas.</source>
        <translation>Le presse-papiers ne contient aucune persona.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="340"/>
        <source>Paste personas</source>
        <translation>Coller des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="356"/>
        <location filename="../../personabuilder/ui/persona_studio.py" line="367"/>
        <source>Import Personas</source>
        <translation>Importer des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="357"/>
        <source>Choose another workspace than the one that is open.</source>
        <translation>Choisissez un autre espace de travail que celui qui est ouvert.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/persona_studio.py" line="379"/>
        <source>Import personas</source>
        <translation>Importer des personas</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/sidebar.py" line="241"/>
        <source>Personas (%n)</source>
        <translation>
            <numerusform>Personas (%n)</numerusform>
            <numerusform>Personas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/sidebar.py" line="243"/>
        <source>Journey maps (%n)</source>
        <translation>
            <numerusform>Parcours (%n)</numerusform>
            <numerusform>Parcours (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="28"/>
        <source>%1 days</source>
        <translation>%1&#xa0;jours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="60"/>
        <source>Personas:</source>
        <translation>Personas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="62"/>
        <source>%1 stages · %2 lanes · %3 metrics</source>
        <translation>%1 étapes · %2 couloirs · %3 indicateurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="71"/>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="74"/>
        <source>partly backed</source>
        <translation>en partie étayé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="78"/>
        <source>research-backed</source>
        <translation>étayé par la recherche</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="83"/>
        <source>loops to</source>
        <translation>revient à</translation>
    </message>
</context>
</TS>
