<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Commands</name>
    <message>
        <location filename="../../personabuilder/ui/commands.py" line="67"/>
        <source>Rename persona</source>
        <translation>Renommer la persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/commands.py" line="80"/>
        <source>Rename journey map</source>
        <translation>Renommer le parcours</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="52"/>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="59"/>
        <source>New &amp;Demo Workspace...</source>
        <translation>Nouvel espace de &amp;démonstration…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="65"/>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="70"/>
        <location filename="../../personabuilder/ui/main_window.py" line="186"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="73"/>
        <source>Save a &amp;Copy As...</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="85"/>
        <source>Re&amp;name...</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="92"/>
        <source>&amp;About PersonaBuilder</source>
        <translation>À &amp;propos de PersonaBuilder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="103"/>
        <source>There is no file named “%1” any more.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="106"/>
        <source>“%1” is not a PersonaBuilder workspace.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un espace de travail PersonaBuilder.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="109"/>
        <source>“%1” is damaged and cannot be opened safely.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert sans risque.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="112"/>
        <source>“%1” was saved by a newer version of PersonaBuilder.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de PersonaBuilder.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="115"/>
        <source>“%1” is in a location that cannot be written to.</source>
        <translation>«&#xa0;%1&#xa0;» se trouve dans un emplacement où l’écriture est impossible.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="118"/>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="119"/>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="146"/>
        <source>Personas and journey maps</source>
        <translation>Personas et parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="154"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="156"/>
        <source>No workspace is open.
Use File › New Workspace or File › Open.</source>
        <translation>Aucun espace de travail n’est ouvert.
Utilisez Fichier › Nouvel espace de travail ou Fichier › Ouvrir.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="183"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="198"/>
        <location filename="../../personabuilder/ui/main_window.py" line="228"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="200"/>
        <location filename="../../personabuilder/ui/main_window.py" line="232"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="252"/>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="256"/>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="359"/>
        <source>PersonaBuilder</source>
        <translation>PersonaBuilder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="374"/>
        <source>New Demo Workspace</source>
        <translation>Nouvel espace de démonstration</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="376"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="380"/>
        <source>Untitled.pbw</source>
        <translation>Sans titre.pbw</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="410"/>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="421"/>
        <source>Copy saved as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="428"/>
        <source>&lt;h3&gt;PersonaBuilder %1&lt;/h3&gt;&lt;p&gt;Buyer personas and customer journey maps for SaaS teams, kept in one file on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PersonaBuilder %1&lt;/h3&gt;&lt;p&gt;Personas acheteurs et parcours clients pour les équipes SaaS, réunis dans un seul fichier sur votre ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="433"/>
        <source>About PersonaBuilder</source>
        <translation>À propos de PersonaBuilder</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="477"/>
        <source>%1 personas · %2 journey maps</source>
        <translation>%1 personas · %2 parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="480"/>
        <source>Select a persona or a journey map in the sidebar to see its summary.</source>
        <translation>Sélectionnez une persona ou un parcours dans le panneau latéral pour afficher son résumé.</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="504"/>
        <source>Rename Persona</source>
        <translation>Renommer la persona</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="505"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="514"/>
        <source>Rename Journey Map</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="515"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/main_window.py" line="542"/>
        <source>The change was not made</source>
        <translation>La modification n’a pas été effectuée</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/sidebar.py" line="242"/>
        <source>Personas (%n)</source>
        <translation>
            <numerusform>Personas (%n)</numerusform>
            <numerusform>Personas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/sidebar.py" line="244"/>
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
        <location filename="../../personabuilder/ui/summary.py" line="30"/>
        <source>Archetype</source>
        <translation>Archétype</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="33"/>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="34"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="35"/>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="36"/>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="37"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="38"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="39"/>
        <source>Tech savviness</source>
        <translation>Aisance technique</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="40"/>
        <source>Influence on the decision</source>
        <translation>Influence sur la décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="41"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="54"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="55"/>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="56"/>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="57"/>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="58"/>
        <source>Decision criteria</source>
        <translation>Critères de décision</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="59"/>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="60"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="62"/>
        <source>Journey maps</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="80"/>
        <source>%1 days</source>
        <translation>%1&#xa0;jours</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="100"/>
        <source>Personas:</source>
        <translation>Personas :</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="102"/>
        <source>%1 stages · %2 lanes · %3 metrics</source>
        <translation>%1 étapes · %2 couloirs · %3 indicateurs</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="111"/>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="114"/>
        <source>partly backed</source>
        <translation>en partie étayé</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="118"/>
        <source>research-backed</source>
        <translation>étayé par la recherche</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="123"/>
        <source>loops to</source>
        <translation>revient à</translation>
    </message>
    <message>
        <location filename="../../personabuilder/ui/summary.py" line="51"/>
        <source>Bio</source>
        <translation>Biographie</translation>
    </message>
</context>
</TS>
