<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="24"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="25"/>
        <source>Before a format upgrade</source>
        <translation>Avant une mise à niveau du format</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="26"/>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="27"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="28"/>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="109"/>
        <source>PersonaBuilder exchange files (*.json);;All files (*)</source>
        <translation>Fichiers d’échange PersonaBuilder (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="117"/>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="128"/>
        <source>Import JSON</source>
        <translation>Importer du JSON</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="37"/>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="41"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="41"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="41"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="41"/>
        <source>Journey maps</source>
        <translation>Cartes de parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="43"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="49"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="68"/>
        <source>Restoring replaces the workspace with the chosen backup. Its current state is backed up first, so a restore can itself be undone by restoring that.</source>
        <translation>La restauration remplace l’espace de travail par la sauvegarde choisie. Son état actuel est d’abord sauvegardé&#xa0;: une restauration s’annule donc en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="72"/>
        <source>This workspace has no backup yet.</source>
        <translation>Cet espace de travail n’a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/backups_dialog.py" line="77"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>Branding</name>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="87"/>
        <source>Choose a Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="89"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="98"/>
        <source>The workspace&apos;s stored logo is damaged</source>
        <translation>Le logo enregistré dans l’espace de travail est endommagé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="99"/>
        <source>The workspace&apos;s stored logo is not a PNG image</source>
        <translation>Le logo enregistré dans l’espace de travail n’est pas une image PNG</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="100"/>
        <source>The workspace&apos;s stored logo is too large (over 40 megapixels or 30 MB)</source>
        <translation>Le logo enregistré dans l’espace de travail est trop grand (plus de 40&#xa0;mégapixels ou 30&#xa0;Mo)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="103"/>
        <source>The workspace&apos;s stored logo cannot be read</source>
        <translation>Le logo enregistré dans l’espace de travail est illisible</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="107"/>
        <source>%1: it is left out of the deliverables. Choose it again under Branding.</source>
        <translation>%1&#xa0;: il est laissé de côté dans les livrables. Choisissez-le de nouveau dans Identité visuelle.</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="118"/>
        <source>Workspace Branding</source>
        <translation>Identité visuelle de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="123"/>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="127"/>
        <source>Choose Logo...</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="129"/>
        <source>Remove Logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="146"/>
        <source>Company name:</source>
        <translation>Nom de l’entreprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="147"/>
        <source>Accent colour:</source>
        <translation>Couleur d’accent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="148"/>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="168"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="182"/>
        <source>%1 cannot be used as a logo: %2</source>
        <translation>%1 ne peut pas servir de logo&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CaptureOverlay</name>
    <message>
        <location filename="../../personabuilder/ui/workshop/overlay.py" line="61"/>
        <source>New pain point at %1</source>
        <translation>Nouveau point de friction à l’étape %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/overlay.py" line="62"/>
        <source>New idea at %1</source>
        <translation>Nouvelle idée à l’étape %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/overlay.py" line="63"/>
        <source>New question at %1</source>
        <translation>Nouvelle question à l’étape %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/overlay.py" line="64"/>
        <source>Park an item for later</source>
        <translation>Mettre un sujet au parking</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/overlay.py" line="68"/>
        <source>Enter saves · Esc cancels</source>
        <translation>Entrée enregistre · Échap annule</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/overlay.py" line="71"/>
        <source>Already said:</source>
        <translation>Déjà dit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/overlay.py" line="127"/>
        <source>Type what the room said, or press Esc to cancel.</source>
        <translation>Saisissez ce que la salle a dit, ou appuyez sur Échap pour annuler.</translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_channels.py" line="36"/>
        <location filename="../../personabuilder/ui/journeys/edit_channels.py" line="51"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_channels.py" line="43"/>
        <source>Filter channels…</source>
        <translation>Filtrer les canaux…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_channels.py" line="46"/>
        <source>Filter channels</source>
        <translation>Filtrer les canaux</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_channels.py" line="105"/>
        <source>New channel “%1”…</source>
        <translation>Nouveau canal «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../personabuilder/ui/common/colour_button.py" line="63"/>
        <source>Choose a colour (now %1)</source>
        <translation>Choisir une couleur (actuellement %1)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/colour_button.py" line="68"/>
        <source>%1: colour %2</source>
        <translation>%1&#xa0;: couleur %2</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../personabuilder/ui/common/commands.py" line="198"/>
        <source>Their version was kept; your text is on the clipboard.</source>
        <translation>Leur version a été gardée&#xa0;; votre texte est dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/commands.py" line="319"/>
        <location filename="../../personabuilder/ui/personas/commands.py" line="48"/>
        <source>Rename persona</source>
        <translation>Renommer le persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/commands.py" line="337"/>
        <source>Rename journey map</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="49"/>
        <source>Change archetype</source>
        <translation>Changer l’archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="50"/>
        <source>Edit archetype name</source>
        <translation>Modifier le nom de l’archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="51"/>
        <source>Edit job title</source>
        <translation>Modifier le poste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="52"/>
        <source>Edit company</source>
        <translation>Modifier l’entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="53"/>
        <source>Edit company size</source>
        <translation>Modifier la taille de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="54"/>
        <source>Edit industry</source>
        <translation>Modifier le secteur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="55"/>
        <source>Edit age band</source>
        <translation>Modifier la tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="56"/>
        <source>Edit location</source>
        <translation>Modifier la localisation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="57"/>
        <source>Edit quote</source>
        <translation>Modifier la citation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="58"/>
        <source>Edit bio</source>
        <translation>Modifier la biographie</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="59"/>
        <source>Edit goals</source>
        <translation>Modifier les objectifs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="60"/>
        <source>Edit pain points</source>
        <translation>Modifier les points de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="61"/>
        <source>Edit motivations</source>
        <translation>Modifier les motivations</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="62"/>
        <source>Edit objections</source>
        <translation>Modifier les objections</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="63"/>
        <source>Edit decision criteria</source>
        <translation>Modifier les critères de décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="64"/>
        <source>Edit channels</source>
        <translation>Modifier les canaux</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="65"/>
        <source>Edit tools</source>
        <translation>Modifier les outils</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="66"/>
        <source>Edit tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="67"/>
        <source>Change tech savviness</source>
        <translation>Modifier l’aisance technique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="68"/>
        <source>Change influence on the decision</source>
        <translation>Modifier l’influence sur la décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="210"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="212"/>
        <source>Change photo</source>
        <translation>Changer la photo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="302"/>
        <source>Duplicate persona</source>
        <translation>Dupliquer le persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/commands.py" line="327"/>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="52"/>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="90"/>
        <source>Rename stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="109"/>
        <source>Recolour stage</source>
        <translation>Changer la couleur de l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="120"/>
        <source>Move stage</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="131"/>
        <source>Set loop</source>
        <translation>Définir la boucle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="133"/>
        <source>Remove loop</source>
        <translation>Supprimer la boucle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="158"/>
        <source>Delete stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="176"/>
        <source>Add lane</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="195"/>
        <source>Rename lane</source>
        <translation>Renommer la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="214"/>
        <source>Recolour lane</source>
        <translation>Changer la couleur de la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="225"/>
        <source>Move lane</source>
        <translation>Déplacer la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="243"/>
        <source>Delete lane</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="372"/>
        <source>Edit cell</source>
        <translation>Modifier la cellule</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="390"/>
        <source>Clear cell</source>
        <translation>Vider la cellule</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="450"/>
        <source>Mark as assumption</source>
        <translation>Marquer comme hypothèse</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="452"/>
        <source>Mark as partly backed</source>
        <translation>Marquer comme partiellement étayé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="454"/>
        <source>Mark as research-backed</source>
        <translation>Marquer comme étayé par la recherche</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="455"/>
        <source>Remove evidence mark</source>
        <translation>Retirer la marque de preuve</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="501"/>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="517"/>
        <source>Remove channel</source>
        <translation>Retirer un canal</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="534"/>
        <source>Link persona</source>
        <translation>Lier un persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/commands.py" line="552"/>
        <source>Unlink persona</source>
        <translation>Délier un persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/commands.py" line="34"/>
        <source>Capture pain point</source>
        <translation>Noter un point de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/commands.py" line="35"/>
        <source>Capture idea</source>
        <translation>Noter une idée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/commands.py" line="36"/>
        <source>Capture question</source>
        <translation>Noter une question</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/commands.py" line="37"/>
        <source>Add to parking lot</source>
        <translation>Mettre au parking</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/commands.py" line="76"/>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/commands.py" line="78"/>
        <source>Remove vote</source>
        <translation>Retirer un vote</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/commands.py" line="131"/>
        <source>Add workshop items to the map</source>
        <translation>Ajouter les sujets de l’atelier à la carte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="137"/>
        <location filename="../../personabuilder/ui/workshop/commands.py" line="104"/>
        <source>Change emotion score</source>
        <translation>Modifier le score d’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/commands.py" line="42"/>
        <source>Add metric</source>
        <translation>Ajouter une métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/commands.py" line="64"/>
        <source>Edit metric</source>
        <translation>Modifier la métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/commands.py" line="82"/>
        <source>Delete metric</source>
        <translation>Supprimer la métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/commands.py" line="150"/>
        <source>Set metric values</source>
        <translation>Saisir des valeurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/commands.py" line="169"/>
        <source>Load cohort table</source>
        <translation>Charger une table de cohortes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="223"/>
        <source>Change branding</source>
        <translation>Modifier l’identité visuelle</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="45"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="46"/>
        <source>Archetype name</source>
        <translation>Nom de l’archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="47"/>
        <source>Archetype</source>
        <translation>Archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="48"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="49"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="50"/>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="51"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="52"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="53"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="54"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="55"/>
        <source>Bio</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="56"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="57"/>
        <source>Pain points</source>
        <translation>Points de douleur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="58"/>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="59"/>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="60"/>
        <source>Decision criteria</source>
        <translation>Critères de décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="61"/>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="62"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="63"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="64"/>
        <source>Tech savviness</source>
        <translation>Aisance technique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="65"/>
        <source>Influence on the decision</source>
        <translation>Influence sur la décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="66"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="67"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="68"/>
        <source>Evidence mark</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="69"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="70"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="71"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="72"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="73"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="74"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="75"/>
        <source>Period length</source>
        <translation>Durée de la période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="87"/>
        <source>Period starting %1</source>
        <translation>Période commençant le %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="95"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="96"/>
        <source>journey map</source>
        <translation>carte du parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="97"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="98"/>
        <source>lane</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="99"/>
        <source>cell</source>
        <translation>cellule</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="100"/>
        <source>metric</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="101"/>
        <source>captured item</source>
        <translation>élément saisi</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="119"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="159"/>
        <source>%1, their text</source>
        <translation>%1, leur texte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="166"/>
        <source>%1, your text</source>
        <translation>%1, votre texte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="185"/>
        <source>Keep theirs</source>
        <translation>Garder le leur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="188"/>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="190"/>
        <source>Keep mine (as edited)</source>
        <translation>Garder le mien (tel que modifié)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="200"/>
        <source>Theirs</source>
        <translation>Le leur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="201"/>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="237"/>
        <source>Someone Else Changed This</source>
        <translation>Quelqu’un d’autre a fait une modification</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="241"/>
        <source>While you were editing the %1 “%2”, someone else changed it too.</source>
        <translation>Pendant que vous modifiiez l’élément %1 «&#xa0;%2&#xa0;», quelqu’un d’autre l’a modifié aussi.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="246"/>
        <source>While you were editing this %1, someone else changed it too.</source>
        <translation>Pendant que vous modifiiez cet élément (%1), quelqu’un d’autre l’a modifié aussi.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="253"/>
        <source>Nothing was saved yet. For each field, keep their text or yours (you may edit yours), then save. Your other changes are kept.</source>
        <translation>Rien n’a encore été enregistré. Pour chaque champ, gardez leur texte ou le vôtre (vous pouvez modifier le vôtre), puis enregistrez. Vos autres modifications sont conservées.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="278"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="282"/>
        <source>Keep their version; your text is copied to the clipboard.</source>
        <translation>Garder leur version&#xa0;; votre texte est copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="360"/>
        <source>The %1 “%2” was deleted by someone else while you were editing it; your change was not saved.</source>
        <translation>L’élément %1 «&#xa0;%2&#xa0;» a été supprimé par quelqu’un d’autre pendant que vous le modifiiez&#xa0;; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="369"/>
        <source>This %1 was deleted by someone else while you were editing it; your change was not saved.</source>
        <translation>Cet élément (%1) a été supprimé par quelqu’un d’autre pendant que vous le modifiiez&#xa0;; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="376"/>
        <source>Deleted Meanwhile</source>
        <translation>Supprimé entre-temps</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="385"/>
        <source>You can copy your text and paste it somewhere else.</source>
        <translation>Vous pouvez copier votre texte et le coller ailleurs.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/conflict_dialog.py" line="391"/>
        <source>&amp;Copy My Text</source>
        <translation>&amp;Copier mon texte</translation>
    </message>
</context>
<context>
    <name>CopyMap</name>
    <message>
        <location filename="../../personabuilder/ui/deliverables/copy_map.py" line="80"/>
        <source>Open a journey map to copy it as an image.</source>
        <translation>Ouvrez une carte de parcours pour la copier en image.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/copy_map.py" line="110"/>
        <source>The map could not be copied as an image: %1</source>
        <translation>Impossible de copier la carte en image&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/copy_map.py" line="145"/>
        <source>Copy Map as Image</source>
        <translation>Copier la carte en image</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/copy_map.py" line="149"/>
        <source>Put the map on the clipboard as a PNG image, with an SVG copy</source>
        <translation>Place la carte dans le presse-papiers en image PNG, avec une copie SVG</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../personabuilder/ui/common/dialogs.py" line="11"/>
        <source>PersonaBuilder workspaces (*.pbw);;All files (*)</source>
        <translation>Espaces de travail PersonaBuilder (*.pbw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/dialogs.py" line="18"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
</context>
<context>
    <name>EmotionCurve</name>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="187"/>
        <source>Emotion curve</source>
        <translation>Courbe d’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="195"/>
        <source>Show to-be</source>
        <translation>Afficher la cible</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="196"/>
        <source>Show the to-be curves beside the as-is ones</source>
        <translation>Afficher les courbes cibles à côté des courbes actuelles</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="198"/>
        <source>Clicks and arrow keys score:</source>
        <translation>Les clics et les flèches notent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="200"/>
        <source>Persona being scored</source>
        <translation>Persona noté</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="202"/>
        <source>The persona whose emotion a click in the curves&apos; lane or an arrow key sets</source>
        <translation>Le persona dont un clic dans la ligne des courbes ou une touche fléchée fixe l’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="206"/>
        <source>Emotion curves:</source>
        <translation>Courbes d’émotion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="484"/>
        <source>no score</source>
        <translation>pas de score</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="487"/>
        <source>{persona} · {stage} (to-be): {score}</source>
        <translation>{persona} · {stage} (cible)&#xa0;: {score}</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="490"/>
        <source>{persona} · {stage}: {score}</source>
        <translation>{persona} · {stage}&#xa0;: {score}</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="528"/>
        <source>No persona is linked to this map.</source>
        <translation>Aucun persona n’est lié à cette carte.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="534"/>
        <source>Left and Right choose the stage, Tab the persona, Up and Down change the score (with Shift: the to-be score), Delete clears it.</source>
        <translation>Gauche et Droite choisissent l’étape, Tab le persona, Haut et Bas changent le score (avec Maj&#xa0;: le score cible), Suppr l’efface.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="559"/>
        <source>Show or hide this persona&apos;s curves</source>
        <translation>Afficher ou masquer les courbes de ce persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/emotion_curve.py" line="780"/>
        <source>Link a persona to this map to chart how it feels at each stage.</source>
        <translation>Liez un persona à cette carte pour tracer ce qu’il ressent à chaque étape.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="283"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="285"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="297"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="298"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="299"/>
        <source>SVG image</source>
        <translation>Image SVG</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="300"/>
        <source>PowerPoint deck</source>
        <translation>Présentation PowerPoint</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="301"/>
        <source>Mermaid diagram</source>
        <translation>Diagramme Mermaid</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="311"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="312"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="313"/>
        <source>PowerPoint decks (*.pptx)</source>
        <translation>Présentations PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="314"/>
        <source>Mermaid diagrams (*.mmd)</source>
        <translation>Diagrammes Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="317"/>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="355"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="330"/>
        <source>Choose a Template</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="332"/>
        <source>Templates (*.html.j2 *.html *.j2)</source>
        <translation>Modèles (*.html.j2 *.html *.j2)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="362"/>
        <source>Journey map poster</source>
        <translation>Affiche du parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="363"/>
        <source>Persona one-pagers</source>
        <translation>Fiches personas d’une page</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="364"/>
        <source>Full report</source>
        <translation>Rapport complet</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="365"/>
        <source>Workshop summary</source>
        <translation>Synthèse d’atelier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="373"/>
        <source>Journey maps</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="385"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="397"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="402"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="403"/>
        <source>Image width</source>
        <translation>Largeur de l’image</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="405"/>
        <source>3000 px is sharp on a 4K screen; the height follows the map.</source>
        <translation>3000 px reste net sur un écran 4K&#xa0;; la hauteur suit la carte.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="416"/>
        <source>How the poster prints</source>
        <translation>Comment l’affiche s’imprime</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="425"/>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="426"/>
        <source>Your own template file...</source>
        <translation>Votre propre fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="461"/>
        <source>Template error</source>
        <translation>Erreur du modèle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="463"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="465"/>
        <source>Export...</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="468"/>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="899"/>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1227"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="471"/>
        <source>Deliverable:</source>
        <translation>Livrable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="472"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="473"/>
        <source>Image width:</source>
        <translation>Largeur de l’image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="474"/>
        <source>Journey maps:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="475"/>
        <source>Personas:</source>
        <translation>Personas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="476"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="478"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="479"/>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="611"/>
        <source>Cannot work out the layout: %1</source>
        <translation>Impossible de calculer la mise en page&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="616"/>
        <source>Prints on one %1 sheet, text at %2 pt.</source>
        <translation>S’imprime sur une feuille %1, texte en %2&#xa0;pt.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="620"/>
        <source>Too large for one %1 sheet with text at 7.5 pt or more: tiled over %2 sheets (%3 across, %4 down) at %5 pt, with marks to assemble them.</source>
        <translation>Trop grande pour une feuille %1 avec un texte d’au moins 7,5&#xa0;pt&#xa0;: répartie sur %2 feuilles (%3 en largeur, %4 en hauteur) en %5&#xa0;pt, avec des repères pour les assembler.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="633"/>
        <source>%1 holds it on one sheet: &lt;a href=&quot;%1&quot;&gt;use %1&lt;/a&gt;.</source>
        <translation>Le format %1 la contient sur une seule feuille&#xa0;: &lt;a href=&quot;%1&quot;&gt;utiliser %1&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="636"/>
        <source>No paper up to A0 holds it on one sheet.</source>
        <translation>Aucun format jusqu’à A0 ne la contient sur une seule feuille.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="661"/>
        <source>Your template: %1</source>
        <translation>Votre modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="684"/>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1058"/>
        <source>Following %1: the preview updates each time you save it.</source>
        <translation>Suivi de %1&#xa0;: l’aperçu se met à jour à chaque enregistrement.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="725"/>
        <source>Tick the one journey map the poster shows.</source>
        <translation>Cochez un seul parcours, celui que montre l’affiche.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="727"/>
        <source>Tick the one journey map whose workshops to summarise.</source>
        <translation>Cochez la carte de parcours dont les ateliers sont à résumer.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="729"/>
        <source>Tick at least one persona.</source>
        <translation>Cochez au moins un persona.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="731"/>
        <source>Tick the journey maps and personas the report covers.</source>
        <translation>Cochez les parcours et les personas que couvre le rapport.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="834"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="866"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="870"/>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="884"/>
        <source>Preparing...</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="881"/>
        <source>Laying out pages...</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="878"/>
        <source>Writing the PDF...</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="882"/>
        <source>Making the slides...</source>
        <translation>Création des diapositives…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="885"/>
        <source>Writing the file...</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="912"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="920"/>
        <source>The export failed: %1</source>
        <translation>L’export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1051"/>
        <source>Preview: the whole map as one image.</source>
        <translation>Aperçu&#xa0;: toute la carte en une seule image.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1053"/>
        <source>Preview: %n page(s).</source>
        <translation>
            <numerusform>Aperçu&#xa0;: %n page.</numerusform>
            <numerusform>Aperçu&#xa0;: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1064"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1077"/>
        <source>The preview shows the last version that worked; save a fix to update it.</source>
        <translation>L’aperçu montre la dernière version qui fonctionnait&#xa0;; enregistrez une correction pour le mettre à jour.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1079"/>
        <source>Save a fix to see the preview.</source>
        <translation>Enregistrez une correction pour voir l’aperçu.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1081"/>
        <source>The template has an error (shown beside).</source>
        <translation>Le modèle contient une erreur (indiquée à côté).</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1119"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1182"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Enregistré sous %1 (%n page).</numerusform>
            <numerusform>Enregistré sous %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1184"/>
        <source>Saved %1 (%n slide(s)).</source>
        <translation>
            <numerusform>Enregistré sous %1 (%n diapositive).</numerusform>
            <numerusform>Enregistré sous %1 (%n diapositives).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1186"/>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1196"/>
        <source>Cancelling...</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="472"/>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="889"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="473"/>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="890"/>
        <source>Archetype</source>
        <translation>Archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="474"/>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="475"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="476"/>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="891"/>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="524"/>
        <source>Last edited %1</source>
        <translation>Modifiée le %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="534"/>
        <source>Top goal: %1</source>
        <translation>Objectif principal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="685"/>
        <source>Top goal</source>
        <translation>Objectif principal</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="865"/>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="866"/>
        <source>Search personas</source>
        <translation>Rechercher des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="874"/>
        <source>Filter by archetype</source>
        <translation>Filtrer par archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="876"/>
        <source>All archetypes</source>
        <translation>Tous les archétypes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="880"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="887"/>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="892"/>
        <source>Workspace order</source>
        <translation>Ordre de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="896"/>
        <source>Sort:</source>
        <translation>Trier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="900"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="901"/>
        <source>Show as cards</source>
        <translation>Afficher en cartes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="904"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="905"/>
        <source>Show as list</source>
        <translation>Afficher en liste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="915"/>
        <source>Personas as cards</source>
        <translation>Personas en cartes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="919"/>
        <source>Personas as a list</source>
        <translation>Personas en liste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="954"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1014"/>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1016"/>
        <source>Add a blank persona; the arrow offers the archetype templates</source>
        <translation>Ajouter un persona vierge&#xa0;; la flèche propose les modèles d’archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1072"/>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1281"/>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1218"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1270"/>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1271"/>
        <source>Open or create a workspace from the File menu.</source>
        <translation>Ouvrez ou créez un espace de travail depuis le menu Fichier.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1275"/>
        <source>Nothing matches “%1”</source>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1278"/>
        <source>Search looks in names, job titles, companies, quotes and lists.</source>
        <translation>La recherche porte sur les noms, les postes, les entreprises, les citations et les listes.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1286"/>
        <source>No persona matches these filters</source>
        <translation>Aucun persona ne correspond à ces filtres</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1287"/>
        <source>Choose another archetype or tag, or show every persona.</source>
        <translation>Choisissez un autre archétype ou une autre étiquette, ou affichez tous les personas.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1290"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1283"/>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1292"/>
        <source>No personas yet</source>
        <translation>Aucun persona pour l’instant</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1293"/>
        <source>A persona is one buyer or user you design for. Start from a blank page, or from an archetype template with the arrow.</source>
        <translation>Un persona est un acheteur ou un utilisateur pour qui vous concevez. Partez d’une page vierge, ou d’un modèle d’archétype avec la flèche.</translation>
    </message>
</context>
<context>
    <name>ImportPersonas</name>
    <message>
        <location filename="../../personabuilder/ui/personas/import_dialog.py" line="25"/>
        <source>Import Personas</source>
        <translation>Importer des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/import_dialog.py" line="26"/>
        <source>Choose the personas to copy from “%1”:</source>
        <translation>Choisissez les personas à copier depuis «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/import_dialog.py" line="30"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="142"/>
        <source>Import Metric Values: %1</source>
        <translation>Importer des valeurs&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="147"/>
        <source>One row per value (metric, stage, period, value)</source>
        <translation>Une ligne par valeur (métrique, étape, période, valeur)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="148"/>
        <source>One column per period</source>
        <translation>Une colonne par période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="152"/>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="156"/>
        <source>Choose: the file does not tell</source>
        <translation>À choisir&#xa0;: le fichier ne le dit pas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="153"/>
        <source>Decimal point (1,234.5)</source>
        <translation>Point décimal (1,234.5)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="154"/>
        <source>Decimal comma (1 234,5)</source>
        <translation>Virgule décimale (1 234,5)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="157"/>
        <source>Day first (31/12/2025)</source>
        <translation>Jour d’abord (31/12/2025)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="158"/>
        <source>Month first (12/31/2025)</source>
        <translation>Mois d’abord (12/31/2025)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="160"/>
        <source>Column holding the values</source>
        <translation>Colonne contenant les valeurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="163"/>
        <source>Layout:</source>
        <translation>Disposition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="164"/>
        <source>Numbers:</source>
        <translation>Nombres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="165"/>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="166"/>
        <source>Values:</source>
        <translation>Valeurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="171"/>
        <source>How each column was understood</source>
        <translation>Comment chaque colonne a été comprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="174"/>
        <source>How the file was read (change anything that is wrong)</source>
        <translation>Comment le fichier a été lu (corrigez ce qui est faux)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="180"/>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="209"/>
        <source>Values to import</source>
        <translation>Valeurs à importer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="183"/>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="193"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="184"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="185"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="186"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="187"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="188"/>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="192"/>
        <source>Rows that cannot be imported</source>
        <translation>Lignes impossibles à importer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="193"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="284"/>
        <source>Choose the column of values</source>
        <translation>Choisir la colonne des valeurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="287"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="301"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="305"/>
        <source>Encoding %1 · separator %2 · header on line %3</source>
        <translation>Encodage&#xa0;%1 · séparateur&#xa0;%2 · en-tête à la ligne&#xa0;%3</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="337"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="342"/>
        <source>%n question(s) to answer first</source>
        <translation>
            <numerusform>%n question à régler d’abord</numerusform>
            <numerusform>%n questions à régler d’abord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="346"/>
        <source>%n row(s) cannot be imported</source>
        <translation>
            <numerusform>%n ligne impossible à importer</numerusform>
            <numerusform>%n lignes impossibles à importer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="359"/>
        <source>%1 for %2</source>
        <translation>%1 pour&#xa0;%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="360"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="361"/>
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n métrique</numerusform>
            <numerusform>%n métriques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="366"/>
        <source>The file does not tell how to read it: choose below what the rows on the right ask. Nothing is imported until then.</source>
        <translation>Le fichier ne dit pas comment le lire&#xa0;: choisissez ci-dessous ce que demandent les lignes de droite. Rien n’est importé d’ici là.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="374"/>
        <source>To import: %1. The rows listed on the right will be left out.</source>
        <translation>À importer&#xa0;:&#xa0;%1. Les lignes listées à droite seront ignorées.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="379"/>
        <source>To import: %1.</source>
        <translation>À importer&#xa0;:&#xa0;%1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="380"/>
        <source>Import %n Value(s)</source>
        <translation>
            <numerusform>Importer&#xa0;%n valeur</numerusform>
            <numerusform>Importer&#xa0;%n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="371"/>
        <source>Nothing in this file can be imported into this map.</source>
        <translation>Rien dans ce fichier ne peut être importé dans cette carte.</translation>
    </message>
</context>
<context>
    <name>JourneyCanvas</name>
    <message>
        <location filename="../../personabuilder/ui/journeys/model.py" line="351"/>
        <source>From the workshop “{title}”: {item}</source>
        <translation>Issu de l’atelier «&#xa0;{title}&#xa0;»&#xa0;: {item}</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/canvas.py" line="239"/>
        <source>Severity {n} of 5</source>
        <translation>Gravité {n} sur 5</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/canvas.py" line="241"/>
        <location filename="../../personabuilder/ui/journeys/canvas.py" line="340"/>
        <source>S</source>
        <comment>severity badge letter</comment>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/canvas.py" line="246"/>
        <source>Impact {n} of 5</source>
        <translation>Impact {n} sur 5</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/canvas.py" line="250"/>
        <source>Effort {n} of 5</source>
        <translation>Effort {n} sur 5</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/canvas.py" line="267"/>
        <source>From the workshop “{title}”</source>
        <translation>Issu de l’atelier «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/canvas.py" line="277"/>
        <source>Owner: {name}</source>
        <translation>Responsable&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/canvas.py" line="280"/>
        <source>System: {name}</source>
        <translation>Système&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/canvas.py" line="320"/>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>JourneyGrid</name>
    <message>
        <location filename="../../personabuilder/ui/journeys/model.py" line="78"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/model.py" line="79"/>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/model.py" line="80"/>
        <source>Partly backed</source>
        <translation>Partiellement étayé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/model.py" line="81"/>
        <source>Research-backed</source>
        <translation>Étayé par la recherche</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/model.py" line="102"/>
        <source>severity %1</source>
        <translation>gravité %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/model.py" line="103"/>
        <source>impact %1</source>
        <translation>impact %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/model.py" line="104"/>
        <source>effort %1</source>
        <translation>effort %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/model.py" line="105"/>
        <source>owner: %1</source>
        <translation>responsable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/model.py" line="106"/>
        <source>system: %1</source>
        <translation>système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JourneyGridView</name>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="213"/>
        <source>Journey map: stages by lanes</source>
        <translation>Carte de parcours&#xa0;: étapes par lignes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="257"/>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="260"/>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="263"/>
        <source>Fit to Window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="265"/>
        <source>Only Assumptions</source>
        <translation>Hypothèses seulement</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="276"/>
        <source>Cu&amp;t Cells</source>
        <translation>Coupe&amp;r les cellules</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="277"/>
        <source>&amp;Copy Cells</source>
        <translation>&amp;Copier les cellules</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="279"/>
        <source>&amp;Paste Cells</source>
        <translation>C&amp;oller les cellules</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="682"/>
        <source>Clear cells</source>
        <translation>Vider les cellules</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="772"/>
        <source>Cut cells</source>
        <translation>Couper les cellules</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="811"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="897"/>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1068"/>
        <source>Add Stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="899"/>
        <source>Add Stage Before</source>
        <translation>Ajouter une étape avant</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="902"/>
        <source>Add Stage After</source>
        <translation>Ajouter une étape après</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="906"/>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="952"/>
        <source>Rename...</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="907"/>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="953"/>
        <source>Colour...</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="908"/>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="954"/>
        <source>Remove Colour</source>
        <translation>Retirer la couleur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="911"/>
        <source>Loop To</source>
        <translation>Boucler vers</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="912"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="926"/>
        <source>Delete Stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="936"/>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1120"/>
        <source>Add Lane</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="939"/>
        <source>Add Lane Above</source>
        <translation>Ajouter une ligne au-dessus</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="940"/>
        <source>Add Lane Below</source>
        <translation>Ajouter une ligne en dessous</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="958"/>
        <source>Delete Lane</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="967"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="979"/>
        <source>Channels…</source>
        <translation>Canaux…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="986"/>
        <source>Clear Cell</source>
        <translation>Vider la cellule</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1029"/>
        <source>New Channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1029"/>
        <source>Channel name:</source>
        <translation>Nom du canal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1033"/>
        <source>Add channel %1</source>
        <translation>Ajouter le canal&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1068"/>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1077"/>
        <source>Stage name:</source>
        <translation>Nom de l’étape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1068"/>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1077"/>
        <source>Rename Stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1120"/>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1129"/>
        <source>Lane name:</source>
        <translation>Nom de la ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="1129"/>
        <source>Rename Lane</source>
        <translation>Renommer la ligne</translation>
    </message>
</context>
<context>
    <name>JourneyItems</name>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="46"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="47"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="48"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="49"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="50"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="56"/>
        <source>Pain point</source>
        <translation>Point de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="58"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="59"/>
        <source>Backstage task</source>
        <translation>Tâche en coulisses</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="89"/>
        <source>%1 from 1 to 5 (Alt+1…5)</source>
        <translation>%1 de 1 à 5 (Alt+1…5)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="93"/>
        <source>%1 from 1 to 5</source>
        <translation>%1 de 1 à 5</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="112"/>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="113"/>
        <source>Remove item</source>
        <translation>Retirer l’élément</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="164"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="165"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="177"/>
        <source>+ Add item</source>
        <translation>+ Ajouter un élément</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/edit_items.py" line="180"/>
        <source>Add item (Shift+Enter)</source>
        <translation>Ajouter un élément (Maj+Entrée)</translation>
    </message>
</context>
<context>
    <name>JourneyStudio</name>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="63"/>
        <source>New journey map</source>
        <translation>Nouvelle carte de parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="57"/>
        <source>Save snapshot</source>
        <translation>Enregistrer un instantané</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="77"/>
        <source>Restore snapshot</source>
        <translation>Restaurer un instantané</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="90"/>
        <source>New Journey Map</source>
        <translation>Nouvelle carte de parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="95"/>
        <source>%1 (%2 stages)</source>
        <translation>%1 (%2 étapes)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="106"/>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="160"/>
        <source>Personas the map follows</source>
        <translation>Personas suivis par la carte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="120"/>
        <source>Start from:</source>
        <translation>Partir de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="121"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="122"/>
        <source>Personas:</source>
        <translation>Personas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="186"/>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="188"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="204"/>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="278"/>
        <source>Save Snapshot...</source>
        <translation>Enregistrer un instantané…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="207"/>
        <source>Compare with Current</source>
        <translation>Comparer avec l’actuelle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="212"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="236"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="341"/>
        <source>Save Snapshot</source>
        <translation>Enregistrer un instantané</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="342"/>
        <source>Name of the snapshot:</source>
        <translation>Nom de l’instantané&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="360"/>
        <source>The map as this snapshot saw it (read-only).</source>
        <translation>La carte telle que l’instantané l’a enregistrée (lecture seule).</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="375"/>
        <source>Cells since the snapshot: changed %1 · added %2 · removed %3</source>
        <translation>Cellules depuis l’instantané&#xa0;: modifiées %1 · ajoutées %2 · supprimées %3</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="384"/>
        <source>Stages added: %1 · removed: %2</source>
        <translation>Étapes ajoutées&#xa0;: %1 · supprimées&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="157"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="99"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="134"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="135"/>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="136"/>
        <source>In the snapshot</source>
        <translation>Dans l’instantané</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="137"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="143"/>
        <source>No cell has changed since the snapshot.</source>
        <translation>Aucune cellule n’a changé depuis l’instantané.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="155"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="156"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="191"/>
        <source>Snapshot preview</source>
        <translation>Aperçu de l’instantané</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="259"/>
        <source>No snapshots yet</source>
        <translation>Pas encore d’instantané</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="266"/>
        <source>A snapshot keeps this map as it is now, under a name. Save one before a workshop or a rework: later you can look at the map as it was, see cell by cell what changed since, or put it back.</source>
        <translation>Un instantané garde cette carte telle qu’elle est maintenant, sous un nom. Enregistrez-en un avant un atelier ou une refonte&#xa0;: vous pourrez ensuite revoir la carte telle qu’elle était, voir cellule par cellule ce qui a changé depuis, ou la restaurer.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="390"/>
        <source>item added</source>
        <translation>élément ajouté</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="391"/>
        <source>item removed</source>
        <translation>élément retiré</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/snapshots.py" line="408"/>
        <source>The map was restored from the snapshot. Edit › Undo reverts it.</source>
        <translation>La carte a été restaurée depuis l’instantané. Édition › Annuler revient en arrière.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="157"/>
        <source>Linked Personas</source>
        <translation>Personas liés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="170"/>
        <source>A persona taken off the map takes its emotion scores with it (Edit › Undo brings them back).</source>
        <translation>Un persona retiré de la carte emporte ses scores d’émotion (Édition › Annuler les restaure).</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="209"/>
        <source>Snapshots...</source>
        <translation>Instantanés…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="213"/>
        <source>Personas...</source>
        <translation>Personas…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="222"/>
        <source>Emotion curves</source>
        <translation>Courbes d’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="241"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="242"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="270"/>
        <source>Map copied as an image (%1 x %2 px): paste it into slides or a wiki.</source>
        <translation>Carte copiée en image (%1 x %2 px)&#xa0;: collez-la dans vos diapositives ou un wiki.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="286"/>
        <source>No stages yet</source>
        <translation>Aucune étape pour l’instant</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="293"/>
        <source>Stages are the steps your customers go through, from first hearing of you to renewing. Add the first one, then fill in its lanes.</source>
        <translation>Les étapes sont le chemin que suivent vos clients, de la découverte de votre offre au renouvellement. Ajoutez la première, puis remplissez ses lignes.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="304"/>
        <source>Add your first stage</source>
        <translation>Ajouter la première étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="419"/>
        <source>Change linked personas</source>
        <translation>Modifier les personas liés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="475"/>
        <source>&amp;New Journey Map...</source>
        <translation>&amp;Nouvelle carte de parcours…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="481"/>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Mode atelier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="487"/>
        <source>Linked &amp;Personas...</source>
        <translation>&amp;Personas liés…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/studio.py" line="493"/>
        <source>&amp;Snapshots...</source>
        <translation>&amp;Instantanés…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="13"/>
        <source>Executive sponsor</source>
        <translation>Sponsor exécutif</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="14"/>
        <source>Technical evaluator</source>
        <translation>Évaluateur technique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="15"/>
        <source>End-user champion</source>
        <translation>Utilisateur référent</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="16"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="23"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="24"/>
        <source>Touchpoints &amp; channels</source>
        <translation>Points de contact et canaux</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="25"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="26"/>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="27"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="28"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="29"/>
        <source>Backstage</source>
        <translation>Coulisses</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="44"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="45"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="46"/>
        <source>Currency</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="47"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="48"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="55"/>
        <source>Higher is better</source>
        <translation>Plus c’est haut, mieux c’est</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="56"/>
        <source>Lower is better</source>
        <translation>Plus c’est bas, mieux c’est</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="63"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="64"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="65"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="72"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="73"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="74"/>
        <source>Off track</source>
        <translation>Hors objectif</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/labels.py" line="75"/>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../personabuilder/ui/common/list_editor.py" line="106"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/list_editor.py" line="107"/>
        <source>Add an entry (Insert)</source>
        <translation>Ajouter une entrée (Inser)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/list_editor.py" line="111"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/list_editor.py" line="112"/>
        <source>Remove the selected entry (Delete)</source>
        <translation>Retirer l’entrée choisie (Suppr)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/list_editor.py" line="116"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/list_editor.py" line="117"/>
        <source>Move the selected entry up (Ctrl+Up)</source>
        <translation>Monter l’entrée choisie (Ctrl+Haut)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/list_editor.py" line="121"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/common/list_editor.py" line="122"/>
        <source>Move the selected entry down (Ctrl+Down)</source>
        <translation>Descendre l’entrée choisie (Ctrl+Bas)</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../personabuilder/ui/shell/live.py" line="38"/>
        <source>Connection to the team server lost; reconnecting…</source>
        <translation>Connexion au serveur d’équipe perdue&#xa0;; reconnexion en cours…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/live.py" line="45"/>
        <source>Reconnected to the team server.</source>
        <translation>Reconnecté au serveur d’équipe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="125"/>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="132"/>
        <source>New &amp;Demo Workspace...</source>
        <translation>Nouvel espace de &amp;démonstration…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="138"/>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="145"/>
        <source>Open &amp;Team Workspace...</source>
        <translation>Ouvrir un espace d’&amp;équipe…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="150"/>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="408"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="153"/>
        <source>Take a Copy O&amp;ffline...</source>
        <translation>Prendre une copie &amp;hors ligne…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="159"/>
        <source>&amp;Publish Changes...</source>
        <translation>&amp;Publier les modifications…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="165"/>
        <source>Save a &amp;Copy As...</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="172"/>
        <source>Restore from &amp;Backup...</source>
        <translation>Restaurer depuis une sauve&amp;garde…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="178"/>
        <source>&amp;Import JSON...</source>
        <translation>I&amp;mporter du JSON…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="184"/>
        <source>Export &amp;JSON...</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="190"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="197"/>
        <source>Workspace &amp;Branding...</source>
        <translation>Identité &amp;visuelle de l’espace…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="208"/>
        <source>Re&amp;name...</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="215"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="222"/>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la barre d’&amp;outils</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="229"/>
        <source>Show &amp;Sidebar</source>
        <translation>Afficher le panneau &amp;latéral</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="238"/>
        <source>Add S&amp;tage...</source>
        <translation>Ajouter une é&amp;tape…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="245"/>
        <source>Add &amp;Lane</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="252"/>
        <source>Guided &amp;Tour</source>
        <translation>Visite &amp;guidée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="258"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="265"/>
        <source>&amp;About PersonaBuilder</source>
        <translation>À &amp;propos de PersonaBuilder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="276"/>
        <source>There is no file named “%1” any more.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="279"/>
        <source>“%1” is not a PersonaBuilder workspace.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un espace de travail PersonaBuilder.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="282"/>
        <source>“%1” is damaged and cannot be opened safely.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert sans risque.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="285"/>
        <source>“%1” was saved by a newer version of PersonaBuilder.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de PersonaBuilder.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="288"/>
        <source>“%1” is in a location that cannot be written to.</source>
        <translation>«&#xa0;%1&#xa0;» se trouve dans un emplacement où l’écriture est impossible.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="291"/>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="292"/>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1599"/>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="293"/>
        <source>“%1” is open for editing in another PersonaBuilder window.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert en modification dans une autre fenêtre de PersonaBuilder.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="296"/>
        <source>“%1” is in use by another program; close it there and try again.</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé par un autre programme&#xa0;; fermez-le dans ce programme, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="299"/>
        <source>You do not have permission to open “%1”.</source>
        <translation>Vous n’avez pas l’autorisation d’ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="302"/>
        <source>“%1” has an older format and must be upgraded before it can be read.</source>
        <translation>«&#xa0;%1&#xa0;» a un format plus ancien et doit être mis à jour avant de pouvoir être lu.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="336"/>
        <source>Personas and journey maps</source>
        <translation>Personas et parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="345"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="374"/>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="401"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="402"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="403"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="404"/>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="405"/>
        <source>&amp;Journey</source>
        <translation>Par&amp;cours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="406"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="421"/>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="546"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="423"/>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="550"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="570"/>
        <source>Recent Team Workspaces</source>
        <translation>Espaces d’équipe récents</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="579"/>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="583"/>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="719"/>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1533"/>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="720"/>
        <source>New persona: blank, or from a template with the arrow</source>
        <translation>Nouveau persona&#xa0;: vierge, ou à partir d’un modèle avec la flèche</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="726"/>
        <source>New map</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="727"/>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1534"/>
        <source>New journey map</source>
        <translation>Nouvelle carte de parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="731"/>
        <source>+ Stage</source>
        <translation>+ Étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="732"/>
        <source>Add a stage at the end of the map</source>
        <translation>Ajouter une étape à la fin de la carte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="736"/>
        <source>+ Lane</source>
        <translation>+ Ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="737"/>
        <source>Add a lane at the bottom of the map</source>
        <translation>Ajouter une ligne en bas de la carte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="741"/>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="742"/>
        <source>Snapshots of the map</source>
        <translation>Instantanés de la carte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="746"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="747"/>
        <source>Workshop mode: project the map and capture the room</source>
        <translation>Mode atelier&#xa0;: projeter la carte et recueillir ce que dit la salle</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="753"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="754"/>
        <source>Export a PDF, a PowerPoint deck, an image or a Mermaid diagram</source>
        <translation>Exporter un PDF, une présentation PowerPoint, une image ou un diagramme Mermaid</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="956"/>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1021"/>
        <source>Workspace in Use</source>
        <translation>Espace de travail déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1023"/>
        <source>Open it read-only here? You can read and export it; edits stay with the other window.</source>
        <translation>L’ouvrir ici en lecture seule&#xa0;? Vous pourrez le consulter et l’exporter&#xa0;; les modifications restent réservées à l’autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1105"/>
        <source>Opening the team workspace cancelled.</source>
        <translation>Ouverture de l’espace d’équipe annulée.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1115"/>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1148"/>
        <source>PersonaBuilder</source>
        <translation>PersonaBuilder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1136"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1163"/>
        <source>New Demo Workspace</source>
        <translation>Nouvel espace de démonstration</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1165"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1169"/>
        <source>Untitled.pbw</source>
        <translation>Sans titre.pbw</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1236"/>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1247"/>
        <source>Copy saved as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1256"/>
        <source>Take a Copy Offline</source>
        <translation>Prendre une copie hors ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1261"/>
        <source>Open a team workspace first: only those can be taken offline.</source>
        <translation>Ouvrez d’abord un espace de travail d’équipe&#xa0;: seuls ceux-ci peuvent être copiés hors ligne.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1276"/>
        <source>The copy could not be taken offline.</source>
        <translation>La copie hors ligne n’a pas pu être faite.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1280"/>
        <source>The offline copy is saved as %1. Open it now? Publish Changes sends what you change in it back to the team workspace.</source>
        <translation>La copie hors ligne est enregistrée sous %1. L’ouvrir maintenant&#xa0;? «&#xa0;Publier les modifications&#xa0;» renverra vos changements à l’espace de travail d’équipe.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1293"/>
        <source>Publish Changes</source>
        <translation>Publier les modifications</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1298"/>
        <source>Open an offline copy of a team workspace first.</source>
        <translation>Ouvrez d’abord une copie hors ligne d’un espace de travail d’équipe.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1317"/>
        <source>Nothing was published.</source>
        <translation>Rien n’a été publié.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1337"/>
        <source>Nothing to publish: this copy has no changes since it was taken.</source>
        <translation>Rien à publier&#xa0;: cette copie n’a pas changé depuis qu’elle a été prise.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1342"/>
        <source>Published: %1 added, %2 changed, %3 deleted; %4 in conflict.</source>
        <translation>Publié&#xa0;: %1 ajout(s), %2 modification(s), %3 suppression(s)&#xa0;; %4 en conflit.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1471"/>
        <source>&lt;h3&gt;PersonaBuilder %1&lt;/h3&gt;&lt;p&gt;Buyer personas and customer journey maps for SaaS teams, kept in one file on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PersonaBuilder %1&lt;/h3&gt;&lt;p&gt;Personas acheteurs et parcours clients pour les équipes SaaS, réunis dans un seul fichier sur votre ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1476"/>
        <source>About PersonaBuilder</source>
        <translation>À propos de PersonaBuilder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1517"/>
        <source>%1 personas · %2 journey maps</source>
        <translation>%1 personas · %2 parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1519"/>
        <source>Select a persona or a journey map in the sidebar to see its summary.</source>
        <translation>Sélectionnez un persona ou un parcours dans le panneau latéral pour afficher son résumé.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1525"/>
        <source>This workspace is empty: start with a persona or a journey map.</source>
        <translation>Cet espace de travail est vide&#xa0;: commencez par un persona ou une carte de parcours.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1576"/>
        <source>Restored from the backup; the state before it was backed up.</source>
        <translation>Restauré depuis la sauvegarde&#xa0;; l’état précédent a été sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1598"/>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1606"/>
        <source>Exported to %1</source>
        <translation>Exporté dans&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1625"/>
        <source>Import JSON</source>
        <translation>Importer du JSON</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1626"/>
        <source>Nothing was imported from “%1”.</source>
        <translation>Rien n’a été importé depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1638"/>
        <source>Imported %1: %2 rows added or changed; a backup was made first.</source>
        <translation>%1 importé&#xa0;:&#xa0;%2 lignes ajoutées ou modifiées&#xa0;; une sauvegarde a été faite avant.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1691"/>
        <source>Rename Persona</source>
        <translation>Renommer le persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1692"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1701"/>
        <source>Rename Journey Map</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1702"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1754"/>
        <source>Restore a Backup?</source>
        <translation>Restaurer une sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1755"/>
        <source>Restore “%1” from its newest backup, made on %2?</source>
        <translation>Restaurer «&#xa0;%1&#xa0;» depuis sa sauvegarde la plus récente, faite le&#xa0;%2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1760"/>
        <source>The damaged file is kept beside it; File › Restore from Backup lists older backups.</source>
        <translation>Le fichier endommagé est conservé à côté&#xa0;; Fichier › Restaurer depuis une sauvegarde liste les sauvegardes plus anciennes.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1772"/>
        <source>The change was not made</source>
        <translation>La modification n’a pas été effectuée</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="332"/>
        <source>Edit Metric</source>
        <translation>Modifier la métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="417"/>
        <source>Add Metric</source>
        <translation>Ajouter une métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="334"/>
        <source>Custom metric</source>
        <translation>Métrique personnalisée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="324"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="341"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="353"/>
        <source>What the metric measures, whatever its name: analytics such as the funnel, churn or LTV:CAC read metrics of their kind.</source>
        <translation>Ce que mesure l’indicateur, quel que soit son nom&#xa0;: les analyses comme l’entonnoir, l’attrition ou le ratio LTV/CAC lisent les indicateurs de leur type.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="369"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="379"/>
        <source>The period length of a metric with values cannot change: its values were recorded for these periods.</source>
        <translation>La durée des périodes d’un indicateur qui a des valeurs ne peut pas changer&#xa0;: ses valeurs ont été saisies pour ces périodes.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="397"/>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="399"/>
        <source>From the catalogue:</source>
        <translation>Depuis le catalogue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="400"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="401"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="402"/>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="403"/>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="404"/>
        <source>Target:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="405"/>
        <source>Periods:</source>
        <translation>Périodes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="414"/>
        <source>Add Metric to “%1”</source>
        <translation>Ajouter une métrique à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="445"/>
        <source>A metric needs a name.</source>
        <translation>Une métrique doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>MetricsImport</name>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="43"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="44"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="45"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="46"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="47"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="48"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="56"/>
        <source>Import Metric Values</source>
        <translation>Importer des valeurs de métriques</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="58"/>
        <source>Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exports de tableur (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="86"/>
        <source>Reading the file...</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="87"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="402"/>
        <source>Import Not Possible</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="409"/>
        <source>Import Failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="413"/>
        <source>The file %1 cannot be imported: it is no regular file, or over %2 MB.</source>
        <translation>Le fichier %1 ne peut pas être importé&#xa0;: ce n’est pas un fichier ordinaire, ou il dépasse %2&#xa0;Mo.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="423"/>
        <source>The file %1 could not be read.</source>
        <translation>Le fichier&#xa0;%1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="446"/>
        <source>No backup could be made, so nothing was imported.</source>
        <translation>Aucune sauvegarde n’a pu être faite, donc rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="456"/>
        <source>Import %1</source>
        <translation>Importer&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="492"/>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="494"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="647"/>
        <source>Stage / metric</source>
        <translation>Étape / métrique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="647"/>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="647"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="647"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="649"/>
        <source>Stage metrics</source>
        <translation>Métriques des étapes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="660"/>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="745"/>
        <source>Add Metric...</source>
        <translation>Ajouter une métrique…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="660"/>
        <source>Add Metric to “%1”...</source>
        <translation>Ajouter une métrique à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="663"/>
        <source>Edit...</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="664"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="665"/>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="744"/>
        <source>Import CSV...</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="678"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="678"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="679"/>
        <source>Values per period</source>
        <translation>Valeurs par période</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="699"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="706"/>
        <source>Trend of the selected metric</source>
        <translation>Évolution de la métrique choisie</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="707"/>
        <source>Stage health</source>
        <translation>Santé des étapes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="708"/>
        <source>Funnel across stages</source>
        <translation>Entonnoir des étapes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="709"/>
        <source>Actual vs target (unit of the selected metric)</source>
        <translation>Réel et objectif (unité de la métrique choisie)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="710"/>
        <source>Emotion curves</source>
        <translation>Courbes d’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="711"/>
        <source>Cohort retention</source>
        <translation>Rétention par cohorte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="716"/>
        <source>Export Chart...</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="718"/>
        <source>Load Cohort CSV...</source>
        <translation>Charger un CSV de cohortes…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="720"/>
        <source>A table of cohort, period offset and retained count (or rate)</source>
        <translation>Une table de cohortes, décalages de période et effectifs (ou taux) conservés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="743"/>
        <source>Type Values</source>
        <translation>Saisir des valeurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="746"/>
        <source>Edit Metric...</source>
        <translation>Modifier la métrique…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="962"/>
        <source>Select a metric to see and edit its values.</source>
        <translation>Choisissez une métrique pour voir et modifier ses valeurs.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="969"/>
        <source>%1 · %2 · type a value, paste cells from a spreadsheet (Ctrl+V), Delete clears.</source>
        <translation>%1 ·&#xa0;%2 · saisissez une valeur, collez des cellules d’un tableur (Ctrl+V), Suppr efface.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1003"/>
        <source>Exact value: %1</source>
        <translation>Valeur exacte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1011"/>
        <source>Adds a metric to “%1”.</source>
        <translation>Ajoute une métrique à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1144"/>
        <source>Not a Number</source>
        <translation>Pas un nombre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1160"/>
        <source>Clear values</source>
        <translation>Effacer des valeurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1214"/>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1251"/>
        <source>Line %1: %2</source>
        <translation>Ligne&#xa0;%1&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1185"/>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1200"/>
        <source>Nothing Pasted</source>
        <translation>Rien n’a été collé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="96"/>
        <source>“%1” is not a number in French notation, where a space groups thousands (46 900) and a comma starts the decimals (46,9).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre en notation française, où une espace sépare les milliers (46&#xa0;900) et la virgule introduit les décimales (46,9).</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="102"/>
        <source>“%1” is not a number in English notation, where a comma groups thousands (46,900) and a point starts the decimals (46.9).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre en notation anglaise, où la virgule sépare les milliers (46,900) et le point introduit les décimales (46.9).</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="108"/>
        <source>“%1” is not a number: its digits are grouped other than by thousands.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;: ses chiffres sont groupés autrement que par milliers.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="113"/>
        <source>“%1” is marked “%2” (%3), but this metric is in %4.</source>
        <translation>«&#xa0;%1&#xa0;» porte le signe «&#xa0;%2&#xa0;» (%3), alors que l’unité de cet indicateur est %4.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="124"/>
        <source>“%1” is in another currency (%2) than this metric’s amounts (%3).</source>
        <translation>«&#xa0;%1&#xa0;» est dans une autre devise (%2) que les montants de cet indicateur (%3).</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="131"/>
        <source>“%1” is too large to be stored.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour être enregistré.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="133"/>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="136"/>
        <source>Did you mean %1? Type it that way to store it.</source>
        <translation>Vouliez-vous dire %1&#xa0;? Saisissez-le ainsi pour l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="141"/>
        <source>It could mean %1 or %2, so it was not read.</source>
        <translation>Il peut valoir %1 ou %2&#xa0;; il n’a donc pas été lu.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="267"/>
        <source>Read the Pasted Numbers</source>
        <translation>Lire les nombres collés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="269"/>
        <source>The pasted numbers can be read two ways: “%1” could be %2 or %3.</source>
        <translation>Les nombres collés peuvent se lire de deux façons&#xa0;: «&#xa0;%1&#xa0;» peut valoir %2 ou %3.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="277"/>
        <source>Nothing is stored until you choose.</source>
        <translation>Rien n’est enregistré avant votre choix.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="281"/>
        <source>Comma Is the Decimal Sign</source>
        <translation>La virgule est le séparateur décimal</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="282"/>
        <source>Comma Groups Thousands</source>
        <translation>La virgule sépare les milliers</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="286"/>
        <source>Point Is the Decimal Sign</source>
        <translation>Le point est le séparateur décimal</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="287"/>
        <source>Point Groups Thousands</source>
        <translation>Le point sépare les milliers</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1146"/>
        <source>The value was not changed.</source>
        <translation>La valeur n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1187"/>
        <source>The pasted numbers mix a decimal comma (line %1: “%2”) and a decimal point (line %3: “%4”), so they cannot be read together.</source>
        <translation>Les nombres collés mêlent une virgule décimale (ligne %1&#xa0;: «&#xa0;%2&#xa0;») et un point décimal (ligne %3&#xa0;: «&#xa0;%4&#xa0;»)&#xa0;; ils ne peuvent pas être lus ensemble.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1201"/>
        <source>These pasted lines are not a value or a period and a value:</source>
        <translation>Ces lignes collées ne sont ni une valeur, ni une période suivie d’une valeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1205"/>
        <source>Paste values</source>
        <translation>Coller des valeurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1243"/>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1260"/>
        <source>Cohort Table Not Loaded</source>
        <translation>Table de cohortes non chargée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1244"/>
        <source>The file %1 could not be read.</source>
        <translation>Le fichier&#xa0;%1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1261"/>
        <source>%1 has rows that cannot be read; nothing was loaded.</source>
        <translation>%1 contient des lignes illisibles&#xa0;; rien n’a été chargé.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1464"/>
        <source>Chart Not Saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/metrics/panel.py" line="1465"/>
        <source>The chart could not be written to %1.</source>
        <translation>Le graphique n’a pas pu être écrit dans&#xa0;%1.</translation>
    </message>
</context>
<context>
    <name>NoWorkspacePage</name>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="252"/>
        <source>No workspace is open</source>
        <translation>Aucun espace de travail n’est ouvert</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="259"/>
        <source>A workspace is one file on this computer that holds your personas, journey maps and metrics. Every change is saved in it at once.</source>
        <translation>Un espace de travail est un fichier sur cet ordinateur qui contient vos personas, vos cartes de parcours et vos indicateurs. Chaque modification y est enregistrée aussitôt.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="268"/>
        <source>New Workspace...</source>
        <translation>Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="269"/>
        <source>Try the Demo...</source>
        <translation>Essayer la démo…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="270"/>
        <source>Open...</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="283"/>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="30"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="221"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="222"/>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="223"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="224"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="225"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="226"/>
        <source>Tech savviness</source>
        <translation>Aisance technique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="227"/>
        <source>Influence on the decision</source>
        <translation>Influence sur la décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="228"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="229"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="230"/>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="231"/>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="232"/>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="233"/>
        <source>Decision criteria</source>
        <translation>Critères de décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="234"/>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="235"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="236"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/card.py" line="237"/>
        <source>Journey maps</source>
        <translation>Parcours</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="102"/>
        <source>Import Photo</source>
        <translation>Importer une photo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="104"/>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="113"/>
        <source>Delete the persona “%1”?</source>
        <translation>Supprimer le persona «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="118"/>
        <source>Delete Persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="124"/>
        <source>It is used by these journey maps, which will lose it and its emotion scores:</source>
        <translation>Ces parcours l’utilisent et perdront le persona et ses scores d’émotion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="133"/>
        <location filename="../../personabuilder/ui/personas/editor.py" line="137"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Vous pourrez l’annuler avec Édition › Annuler.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="140"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="172"/>
        <location filename="../../personabuilder/ui/personas/editor.py" line="506"/>
        <source>Select a persona to edit it.</source>
        <translation>Choisissez un persona pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="178"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="182"/>
        <source>Persona card</source>
        <translation>Fiche du persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="188"/>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="211"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="220"/>
        <source>Import photo…</source>
        <translation>Importer une photo…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="222"/>
        <source>Use a PNG, JPEG or WebP picture; it is cropped to a square and stored.</source>
        <translation>Utilisez une image PNG, JPEG ou WebP&#x202f;; elle est recadrée en carré et enregistrée.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="225"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="226"/>
        <source>Show the initials instead of a photo.</source>
        <translation>Afficher les initiales au lieu d’une photo.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="245"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="251"/>
        <source>Archetype</source>
        <translation>Archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="278"/>
        <source>From 1 (low) to 5 (high)</source>
        <translation>De 1 (faible) à 5 (élevée)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="282"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="283"/>
        <source>Comma-separated, e.g. Budget holder, Security</source>
        <translation>Séparées par des virgules, par exemple Budget, Sécurité</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="293"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="294"/>
        <source>&amp;Archetype:</source>
        <translation>Arc&amp;hétype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="295"/>
        <source>Archetype na&amp;me:</source>
        <translation>Nom de l’archét&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="296"/>
        <source>&amp;Job title:</source>
        <translation>Pos&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="297"/>
        <source>&amp;Company:</source>
        <translation>Ent&amp;reprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="298"/>
        <source>Company si&amp;ze:</source>
        <translation>Ta&amp;ille de l’entreprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="301"/>
        <source>In&amp;dustry:</source>
        <translation>Se&amp;cteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="302"/>
        <source>A&amp;ge band:</source>
        <translation>Tranche d’â&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="303"/>
        <source>&amp;Location:</source>
        <translation>&amp;Localisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="304"/>
        <source>&amp;Tech savviness:</source>
        <translation>Ai&amp;sance technique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="305"/>
        <source>Infl&amp;uence on the decision:</source>
        <translation>Infl&amp;uence sur la décision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="306"/>
        <source>Tag&amp;s:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="313"/>
        <source>&amp;Quote:</source>
        <translation>Citati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="317"/>
        <source>&amp;Bio:</source>
        <translation>&amp;Biographie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="335"/>
        <source>Double-click or press F2 to edit an entry; Insert adds one, Delete removes it, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier une entrée&#x202f;; Inser en ajoute une, Suppr la retire, Ctrl+Haut et Ctrl+Bas la déplacent.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="397"/>
        <source>Archetype name</source>
        <translation>Nom de l’archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="398"/>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="399"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="400"/>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="401"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="402"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="403"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="404"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="405"/>
        <source>Bio</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="406"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="407"/>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="408"/>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="409"/>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="410"/>
        <source>Decision criteria</source>
        <translation>Critères de décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="411"/>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="412"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="413"/>
        <source>Tech savviness</source>
        <translation>Aisance technique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="414"/>
        <source>Influence on the decision</source>
        <translation>Influence sur la décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="504"/>
        <source>This persona no longer exists.</source>
        <translation>Ce persona n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="619"/>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="638"/>
        <source>This text is %1 characters long; the limit is %2.</source>
        <translation>Ce texte compte %1&#xa0;caractères&#x202f;; la limite est de %2.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="707"/>
        <source>The image file is %1 MB; the limit is %2 MB.</source>
        <translation>Le fichier image pèse %1&#xa0;Mo&#x202f;; la limite est de %2&#xa0;Mo.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/editor.py" line="715"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PersonaGallery</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1261"/>
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
        <location filename="../../personabuilder/ui/personas/studio.py" line="142"/>
        <source>&amp;New Persona</source>
        <translation>&amp;Nouveau persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="148"/>
        <source>Persona &amp;Gallery</source>
        <translation>&amp;Galerie des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="154"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="160"/>
        <source>De&amp;lete Persona</source>
        <translation>&amp;Supprimer le persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="166"/>
        <source>&amp;Copy Personas</source>
        <translation>&amp;Copier les personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="172"/>
        <source>&amp;Paste Personas</source>
        <translation>C&amp;oller les personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="178"/>
        <source>&amp;Import Personas from Workspace...</source>
        <translation>&amp;Importer des personas d’un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="223"/>
        <source>Blank Persona</source>
        <translation>Persona vierge</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="236"/>
        <source>From Template: %1</source>
        <translation>D’après le modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="242"/>
        <source>Custom Archetype...</source>
        <translation>Archétype personnalisé…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="274"/>
        <location filename="../../personabuilder/ui/personas/studio.py" line="289"/>
        <location filename="../../personabuilder/ui/personas/studio.py" line="317"/>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="299"/>
        <location filename="../../personabuilder/ui/personas/studio.py" line="310"/>
        <source>New Custom Persona</source>
        <translation>Nouveau persona personnalisé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="300"/>
        <source>Name of the archetype (for example “Procurement officer”):</source>
        <translation>Nom de l’archétype (par exemple «&#xa0;Responsable des achats&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="311"/>
        <source>The archetype needs a name.</source>
        <translation>L’archétype doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="331"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="374"/>
        <location filename="../../personabuilder/ui/personas/studio.py" line="383"/>
        <source>Paste Personas</source>
        <translation>Coller des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="375"/>
        <source>The clipboard holds no personas.</source>
        <translation>Le presse-papiers ne contient aucun persona.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="392"/>
        <source>Paste personas</source>
        <translation>Coller des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="408"/>
        <location filename="../../personabuilder/ui/personas/studio.py" line="419"/>
        <source>Import Personas</source>
        <translation>Importer des personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="409"/>
        <source>Choose another workspace than the one that is open.</source>
        <translation>Choisissez un autre espace de travail que celui qui est ouvert.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/personas/studio.py" line="431"/>
        <source>Import personas</source>
        <translation>Importer des personas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="133"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="136"/>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="143"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="144"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="145"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="153"/>
        <source>Accent colour for new workspaces</source>
        <translation>Couleur d’accent des nouveaux espaces de travail</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="159"/>
        <source>Choose...</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="170"/>
        <source>A new language applies the next time PersonaBuilder starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de PersonaBuilder.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="178"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="180"/>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="181"/>
        <source>Default poster paper:</source>
        <translation>Format des affiches par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="182"/>
        <source>Company name for new workspaces:</source>
        <translation>Nom de l’entreprise des nouveaux espaces de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="183"/>
        <source>Accent colour for new workspaces:</source>
        <translation>Couleur d’accent des nouveaux espaces de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="184"/>
        <source>Automatic backups kept per workspace:</source>
        <translation>Sauvegardes automatiques conservées par espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="185"/>
        <source>Workspaces folder:</source>
        <translation>Dossier des espaces de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/preferences.py" line="190"/>
        <source>Workspaces Folder</source>
        <translation>Dossier des espaces de travail</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="38"/>
        <source>Presenter view: %1</source>
        <translation>Vue présentateur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="91"/>
        <source>Stage %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="94"/>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="98"/>
        <source>This map has no stages yet.</source>
        <translation>Cette carte n’a encore aucune étape.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="100"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="102"/>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="107"/>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="107"/>
        <source>This is the last stage.</source>
        <translation>C’est la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="110"/>
        <source>Latest captured</source>
        <translation>Derniers sujets notés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="121"/>
        <source>Nothing captured yet.</source>
        <translation>Rien de noté pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="122"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="130"/>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/presenter.py" line="132"/>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <location filename="../../personabuilder/ui/workshop/projection.py" line="54"/>
        <source>Workshop: %1</source>
        <translation>Atelier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/projection.py" line="124"/>
        <source>Voting</source>
        <translation>Vote en cours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/projection.py" line="126"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/projection.py" line="134"/>
        <source>Parking lot: %n</source>
        <translation>
            <numerusform>Parking&#xa0;: %n</numerusform>
            <numerusform>Parking&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/projection.py" line="153"/>
        <source>←/→ stage · P pain point · I idea · Q question · K park · 1-9 persona · ↑/↓ emotion · V vote · O overview · H hide · Esc leave</source>
        <translation>←/→ étape · P point de friction · I idée · Q question · K parking · 1-9 persona · ↑/↓ émotion · V vote · O vue d’ensemble · H masquer · Échap quitter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/projection.py" line="184"/>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/projection.py" line="186"/>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/projection.py" line="208"/>
        <source>This could not be saved.</source>
        <translation>Cela n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="35"/>
        <source>Publish Conflicts</source>
        <translation>Conflits de publication</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="39"/>
        <source>These rows were changed both in this copy and on the server since the copy was taken. Nothing of them was published. Choose which side to keep for each row, then publish again.</source>
        <translation>Ces lignes ont été modifiées à la fois dans cette copie et sur le serveur depuis la prise de la copie. Rien n’en a été publié. Choisissez le côté à garder pour chaque ligne, puis publiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="49"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="50"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="51"/>
        <source>Theirs (server)</source>
        <translation>Les leurs (serveur)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="52"/>
        <source>Yours (this copy)</source>
        <translation>Les vôtres (cette copie)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="53"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="74"/>
        <source>&amp;Publish Again</source>
        <translation>&amp;Publier à nouveau</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="87"/>
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="88"/>
        <source>Keep theirs</source>
        <translation>Garder les leurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/publish_dialog.py" line="89"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../personabuilder/ui/common/commands.py" line="51"/>
        <source>You can view this workspace but not change it.</source>
        <translation>Vous pouvez consulter cet espace de travail, mais pas le modifier.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="20"/>
        <source>Journey map</source>
        <translation>Carte de parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="21"/>
        <source>Emotion curves</source>
        <translation>Courbes d’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="22"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="24"/>
        <source>Edit the cell</source>
        <translation>Modifier la cellule</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="25"/>
        <source>Clear the cell</source>
        <translation>Vider la cellule</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="28"/>
        <source>Move the stage or lane</source>
        <translation>Déplacer l’étape ou la ligne</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="33"/>
        <source>Copy the map as an image</source>
        <translation>Copier la carte en image</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="38"/>
        <source>Choose the stage / the persona</source>
        <translation>Choisir l’étape / le persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="43"/>
        <source>Raise or lower the score (Shift: to-be)</source>
        <translation>Monter ou baisser le score (Maj&#xa0;: cible)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="46"/>
        <source>Clear the score</source>
        <translation>Effacer le score</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="49"/>
        <source>Paste values from a spreadsheet</source>
        <translation>Coller des valeurs d’un tableur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="52"/>
        <source>Clear values</source>
        <translation>Effacer les valeurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="90"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="100"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="104"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="104"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/shortcuts.py" line="104"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/shell/sidebar.py" line="238"/>
        <source>Personas (%n)</source>
        <translation>
            <numerusform>Personas (%n)</numerusform>
            <numerusform>Personas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/shell/sidebar.py" line="240"/>
        <source>Journey maps (%n)</source>
        <translation>
            <numerusform>Parcours (%n)</numerusform>
            <numerusform>Parcours (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreGateway</name>
    <message>
        <location filename="../../personabuilder/app.py" line="248"/>
        <source>applying it would damage the file</source>
        <translation>l’appliquer endommagerait le fichier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/app.py" line="249"/>
        <source>it would make the file another application&apos;s database</source>
        <translation>il ferait du fichier la base de données d’une autre application</translation>
    </message>
    <message>
        <location filename="../../personabuilder/app.py" line="252"/>
        <source>it would give the file a newer format than this version reads</source>
        <translation>il donnerait au fichier un format plus récent que celui que lit cette version</translation>
    </message>
    <message>
        <location filename="../../personabuilder/app.py" line="255"/>
        <source>it comes from an older copy of the file</source>
        <translation>il provient d’une copie plus ancienne du fichier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/app.py" line="258"/>
        <source>it was written on another copy of the file, which has changed since</source>
        <translation>il a été écrit sur une autre copie du fichier, qui a changé depuis</translation>
    </message>
    <message>
        <location filename="../../personabuilder/app.py" line="284"/>
        <source>A journal file left beside “%1” did not belong to it (%3); it was set aside as “%2” and the workspace was left as it was.</source>
        <translation>Un fichier journal laissé à côté de «&#xa0;%1&#xa0;» ne lui appartenait pas (%3)&#xa0;; il a été mis de côté sous le nom «&#xa0;%2&#xa0;» et l’espace de travail a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/app.py" line="295"/>
        <source>A journal file left beside “%1” does not belong to it (%2); it was ignored and nothing was changed.</source>
        <translation>Un fichier journal laissé à côté de «&#xa0;%1&#xa0;» ne lui appartient pas (%2)&#xa0;; il a été ignoré et rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/app.py" line="478"/>
        <source>The password could not be kept in the system keyring.</source>
        <translation>Le mot de passe n’a pas pu être conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/app.py" line="635"/>
        <source>PersonaBuilder</source>
        <translation>PersonaBuilder</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../personabuilder/ui/journeys/summary.py" line="28"/>
        <source>%1 days</source>
        <translation>%1&#xa0;jours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/summary.py" line="60"/>
        <source>Personas:</source>
        <translation>Personas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/summary.py" line="62"/>
        <source>%1 stages · %2 lanes · %3 metrics</source>
        <translation>%1 étapes · %2 couloirs · %3 indicateurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/summary.py" line="71"/>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/summary.py" line="74"/>
        <source>partly backed</source>
        <translation>en partie étayé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/summary.py" line="78"/>
        <source>research-backed</source>
        <translation>étayé par la recherche</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/journeys/summary.py" line="83"/>
        <source>loops to</source>
        <translation>revient à</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1401"/>
        <source>Your workspace</source>
        <translation>Votre espace de travail</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1402"/>
        <source>The sidebar lists the workspace&apos;s personas, by buying role, and its journey maps. Everything you change is saved at once, and Edit › Undo takes any step back.</source>
        <translation>Le panneau latéral présente les personas de l’espace de travail, par rôle d’achat, et ses parcours. Chaque modification est enregistrée aussitôt, et Édition › Annuler revient en arrière pas à pas.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1411"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1412"/>
        <source>The gallery shows every persona as a card; search with Ctrl+F, open one to edit its goals, pains and objections. Persona › New Persona starts from a template.</source>
        <translation>La galerie montre chaque persona sous forme de carte&#xa0;; cherchez avec Ctrl+F, ouvrez-en un pour modifier ses objectifs, points de friction et objections. Persona › Nouveau persona part d’un modèle.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1421"/>
        <source>Journey maps</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1422"/>
        <source>Stages are columns, lanes are rows. Double-click a cell to write in it, right-click a header to add, move or colour stages and lanes, and drag the emotion points below the map.</source>
        <translation>Les étapes sont en colonnes, les lignes en rangées. Double-cliquez sur une cellule pour y écrire, faites un clic droit sur un en-tête pour ajouter, déplacer ou colorer étapes et lignes, et faites glisser les points d’émotion sous la carte.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1431"/>
        <source>Metrics and charts</source>
        <translation>Métriques et graphiques</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1432"/>
        <source>Each stage has its KPIs with a target. Type or paste values, import a CSV from your analytics tool, and chart trends, the funnel and stage health.</source>
        <translation>Chaque étape a ses indicateurs clés, chacun avec son objectif. Saisissez ou collez des valeurs, importez un CSV de votre outil d’analyse, et tracez l’évolution, l’entonnoir et la santé des étapes.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1440"/>
        <source>Deliverables and workshops</source>
        <translation>Livrables et ateliers</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/main_window.py" line="1441"/>
        <source>File › Export makes posters, persona one-pagers and the full report as PDF, PowerPoint decks, map images and Mermaid diagrams. Journey › Workshop Mode projects a map and captures what the room says. Help › Guided Tour brings this tour back.</source>
        <translation>Fichier › Exporter produit les affiches, les fiches persona et le rapport complet en PDF, ainsi que des présentations PowerPoint, des images de carte et des diagrammes Mermaid. Parcours › Mode atelier projette une carte et recueille ce que dit la salle. Aide › Visite guidée relance cette visite.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="104"/>
        <source>Guided Tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="118"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="120"/>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="160"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="123"/>
        <source>Skip the Tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="154"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="160"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="52"/>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="53"/>
        <source>Welcome to PersonaBuilder</source>
        <translation>Bienvenue dans PersonaBuilder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="60"/>
        <source>Your personas and journey maps live in one workspace file on this computer; nothing is sent anywhere. A demo workspace is open: three buyer personas and two SaaS journey maps with their metrics, to look around and try things.</source>
        <translation>Vos personas et vos parcours tiennent dans un seul fichier d’espace de travail, sur cet ordinateur&#xa0;; rien n’est envoyé ailleurs. Un espace de démonstration est ouvert&#xa0;: trois personas acheteurs et deux parcours SaaS avec leurs métriques, pour faire le tour et essayer.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="69"/>
        <source>Take the Tour</source>
        <translation>Faire la visite</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="70"/>
        <source>Start an Empty Workspace...</source>
        <translation>Commencer un espace de travail vide…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/shell/welcome.py" line="71"/>
        <source>Explore the Demo</source>
        <translation>Explorer la démonstration</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="49"/>
        <source>Pain point</source>
        <translation>Point de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="50"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="51"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="52"/>
        <location filename="../../personabuilder/ui/workshop/views.py" line="62"/>
        <location filename="../../personabuilder/ui/workshop/views.py" line="1182"/>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="59"/>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="60"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="61"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="621"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="687"/>
        <source>This map has no stages yet.</source>
        <translation>Cette carte n’a encore aucune étape.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="716"/>
        <source>About this stage</source>
        <translation>À propos de cette étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="732"/>
        <source>Nothing on the map here yet.</source>
        <translation>Rien sur la carte ici pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="752"/>
        <source>How they feel</source>
        <translation>Leur ressenti</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="778"/>
        <source>Ideas: vote with 1 to 9</source>
        <translation>Idées&#xa0;: votez avec 1 à 9</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="798"/>
        <source>Nothing captured here yet: P pain point, I idea, Q question.</source>
        <translation>Rien de noté ici pour l’instant&#xa0;: P point de friction, I idée, Q question.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="817"/>
        <source>Page %1 of %2 · Shift+Up or Page Up: back</source>
        <translation>Page %1 sur %2 · Maj+Haut ou Page précédente&#xa0;: retour</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="819"/>
        <source>Page %1 of %2 · Shift+Down or Page Down: more</source>
        <translation>Page %1 sur %2 · Maj+Bas ou Page suivante&#xa0;: la suite</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="1054"/>
        <source>How they feel, stage by stage</source>
        <translation>Leur ressenti, étape par étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/views.py" line="1191"/>
        <source>Empty. K parks an item.</source>
        <translation>Vide. K met un sujet au parking.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/__init__.py" line="36"/>
        <source>Workshop %1</source>
        <translation>Atelier du %1</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="303"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="313"/>
        <source>There is no idea %1 at this stage.</source>
        <translation>Il n’y a pas d’idée %1 à cette étape.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="317"/>
        <source>Idea %1 has no vote to take away.</source>
        <translation>L’idée %1 n’a aucun vote à retirer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/controller.py" line="322"/>
        <source>Idea %1: %n vote(s)</source>
        <translation>
            <numerusform>Idée %1&#xa0;: %n vote</numerusform>
            <numerusform>Idée %1&#xa0;: %n votes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="335"/>
        <source>%1 is already at %2.</source>
        <translation>%1 est déjà à %2.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="343"/>
        <source>%1 feels %2 here.</source>
        <translation>Ici, %1 est à %2.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="353"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="363"/>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="406"/>
        <source>%1 in %2</source>
        <translation>%1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="411"/>
        <source>Added to the map from the workshop: %1 (%2). Edit › Undo takes them off.</source>
        <translation>Ajoutés à la carte depuis l’atelier&#xa0;: %1 (%2). Édition › Annuler les retire.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="419"/>
        <source>Kept in the workshop, their cell is full: %1.</source>
        <translation>Gardés dans l’atelier, leur cellule est pleine&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="421"/>
        <source>Kept in the workshop, they belong to no stage: %1.</source>
        <translation>Gardés dans l’atelier, ils n’appartiennent à aucune étape&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/controller.py" line="423"/>
        <source>Kept in the workshop, no lane of the map takes them: %1.</source>
        <translation>Gardés dans l’atelier, aucune ligne de la carte ne les accueille&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>WorkshopCounts</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="17"/>
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n point de friction</numerusform>
            <numerusform>%n points de friction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="19"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="21"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="22"/>
        <source>%n parked item(s)</source>
        <translation>
            <numerusform>%n élément au parking</numerusform>
            <numerusform>%n éléments au parking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="26"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="30"/>
        <source>%n earlier item(s)</source>
        <translation>
            <numerusform>%n élément précédent</numerusform>
            <numerusform>%n éléments précédents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopKeys</name>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="62"/>
        <source>Left / Right</source>
        <translation>Gauche / Droite</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="63"/>
        <source>previous / next stage</source>
        <translation>étape précédente / suivante</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="66"/>
        <source>Shift+Down / Shift+Up</source>
        <translation>Maj+Bas / Maj+Haut</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="67"/>
        <source>next / previous page of a long stage</source>
        <translation>page suivante / précédente d’une longue étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="70"/>
        <source>Home / End</source>
        <translation>Début / Fin</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="71"/>
        <source>first / last stage</source>
        <translation>première / dernière étape</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="73"/>
        <source>capture a pain point</source>
        <translation>noter un point de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="74"/>
        <source>capture an idea</source>
        <translation>noter une idée</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="75"/>
        <source>capture a question</source>
        <translation>noter une question</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="76"/>
        <source>park an item</source>
        <translation>mettre un sujet au parking</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="78"/>
        <source>1 to 9, Tab</source>
        <translation>1 à 9, Tab</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="79"/>
        <source>choose a persona</source>
        <translation>choisir un persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="82"/>
        <source>Up / Down</source>
        <translation>Haut / Bas</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="83"/>
        <source>raise / lower their emotion score</source>
        <translation>monter / baisser son score d’émotion</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="86"/>
        <source>V, then 1 to 9</source>
        <translation>V, puis 1 à 9</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="87"/>
        <source>vote for an idea (Shift takes a vote away)</source>
        <translation>voter pour une idée (Maj retire un vote)</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="91"/>
        <source>overview of the whole map</source>
        <translation>vue d’ensemble de la carte</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="93"/>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Maj+Z</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="94"/>
        <source>undo / redo</source>
        <translation>annuler / rétablir</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="97"/>
        <source>Ctrl+= / Ctrl+-</source>
        <translation>Ctrl+= / Ctrl+-</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="98"/>
        <source>zoom</source>
        <translation>zoom</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="100"/>
        <source>light / dark theme</source>
        <translation>thème clair / sombre</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="101"/>
        <source>break: pause the timers</source>
        <translation>pause&#xa0;: arrêter les chronomètres</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="102"/>
        <source>full screen</source>
        <translation>plein écran</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/workshop/keys.py" line="103"/>
        <source>leave the workshop</source>
        <translation>quitter l’atelier</translation>
    </message>
</context>
<context>
    <name>_Legend</name>
    <message>
        <location filename="../../personabuilder/ui/journeys/grid.py" line="95"/>
        <source>S severity · I impact · E effort</source>
        <translation>G gravité · I impact · E effort</translation>
    </message>
</context>
</TS>
