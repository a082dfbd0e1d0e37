<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../desktop/ui/attachments_panel.py" line="+174"/>
        <source>SHA-256 {digest}</source>
        <translation>SHA-256 {digest}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location line="+20"/>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No files attached. “Add file…” or drop files here.</source>
        <translation>Aucun fichier joint. «&#xa0;Ajouter un fichier…&#xa0;» ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record first, then attach files to it.</source>
        <translation>Enregistrez d&apos;abord la fiche, puis joignez-y des fichiers.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach {names}</source>
        <translation>Joindre {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attaching files</source>
        <translation>Ajout des fichiers</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving a copy</source>
        <translation>Enregistrement d&apos;une copie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No program on this computer opens “{name}”; save a copy and open it from there.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre «&#xa0;{name}&#xa0;»&#xa0;; enregistrez-en une copie et ouvrez-la depuis là.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send “{name}” to the trash? You can restore it from the Trash page, or undo with Ctrl+Z.</source>
        <translation>Mettre «&#xa0;{name}&#xa0;» à la corbeille&#xa0;? Vous pourrez le restaurer depuis la page Corbeille, ou annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removing</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="+79"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delayed</source>
        <translation>en retard</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>En retard de %Ln jour</numerusform>
            <numerusform>En retard de %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>{reason} ({status})</source>
        <translation>{reason} ({status})</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%Ln day(s) past its planned end</source>
        <translation>
            <numerusform>%Ln jour après la fin prévue</numerusform>
            <numerusform>%Ln jours après la fin prévue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked as delayed</source>
        <translation>Signalée en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No actual reported for the last period</source>
        <translation>Aucun réalisé saisi pour la dernière période</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="+56"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of daily copies to keep</source>
        <translation>Jours de copies quotidiennes à conserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep a daily copy for:</source>
        <translation>&amp;Conserver une copie quotidienne pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;backups</source>
        <translation>Affic&amp;her les copies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first time Mainstream opens a database on a day, it copies it to this computer&apos;s folder below and removes that database&apos;s copies older than this.</source>
        <translation>La première fois que Mainstream ouvre une base de données dans la journée, il la copie dans le dossier de cet ordinateur ci-dessous et supprime les copies de cette base plus anciennes que cela.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copies in:</source>
        <translation>Copies dans&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="+43"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Back to {record} (Alt+Left)</source>
        <translation>Retour à {record} (Alt+Gauche)</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <location filename="../../desktop/ui/children_panel.py" line="+57"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutions present</source>
        <translation>Institutions présentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions and action points</source>
        <translation>Décisions et points d’action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets and actuals by period</source>
        <translation>Cibles et réalisés par période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants by institution</source>
        <translation>Participants par institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="+130"/>
        <source>Fields changed on two installations, each without knowing of the other&apos;s change. The later change is in force, the same on every installation; the other value is kept here. Keep one or type another: your choice reaches the others with your next exchange file.</source>
        <translation>Champs modifiés sur deux installations, chacune sans connaître la modification de l&apos;autre. La modification la plus récente est en vigueur, la même sur toutes les installations ; l&apos;autre valeur est conservée ici. Gardez-en une ou saisissez-en une autre : votre choix parviendra aux autres avec votre prochain fichier d&apos;échange.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conflicts: every field agrees with the changes received.</source>
        <translation>Aucun conflit : chaque champ concorde avec les modifications reçues.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settle this conflict</source>
        <translation>Régler ce conflit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Another value:</source>
        <translation>Une &amp;autre valeur :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep the chosen value</source>
        <translation>&amp;Garder la valeur choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;record</source>
        <translation>Ouvrir la &amp;fiche</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;{record}&lt;/b&gt; — {field}</source>
        <translation>&lt;b&gt;{record}&lt;/b&gt; — {field}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“{value}” — set by {user} on {when}, in force</source>
        <translation>« {value} » — saisi par {user} le {when}, en vigueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” — set by {user} on {when}</source>
        <translation>« {value} » — saisi par {user} le {when}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing to undo (history cleared by settling a conflict)</source>
        <translation>Rien à annuler (historique effacé par le règlement d’un conflit)</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="+68"/>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In this country</source>
        <translation>Dans ce pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared (global)</source>
        <translation>Partagées (mondial)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="+66"/>
        <location line="+9"/>
        <source>{value}%</source>
        <translation>{value}&#x202f;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} bn</source>
        <translation>{value}&#xa0;Md</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} M</source>
        <translation>{value}&#xa0;M</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="+24"/>
        <source>Dashboard status</source>
        <translation>État du tableau de bord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active committees</source>
        <translation>Comités actifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open decisions</source>
        <translation>Décisions ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average activity progress</source>
        <translation>Avancement moyen des activités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget execution</source>
        <translation>Exécution budgétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policies by status</source>
        <translation>Politiques par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-plan activities by status</source>
        <translation>Activités du plan de travail par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+234"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>People trained by sex</source>
        <translation>Personnes formées par sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget spent, per currency</source>
        <translation>Budget dépensé, par devise</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Overview dashboard</source>
        <translation>Tableau de bord de la vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not compute the figures: {error}</source>
        <translation>Impossible de calculer les chiffres&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As of {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview — {place}</source>
        <translation>Vue d&apos;ensemble — {place}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No committees recorded for {place} yet</source>
        <translation>Aucun comité enregistré pour {place} pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No committees recorded yet</source>
        <translation>Aucun comité enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decisions recorded for {place} yet</source>
        <translation>Aucune décision enregistrée pour {place} pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No decisions recorded yet</source>
        <translation>Aucune décision enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No work-plan activities recorded for {place} yet</source>
        <translation>Aucune activité de plan de travail enregistrée pour {place} pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No work-plan activities recorded yet</source>
        <translation>Aucune activité de plan de travail enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No budgets recorded for {place} yet</source>
        <translation>Aucun budget enregistré pour {place} pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No budgets recorded yet</source>
        <translation>Aucun budget enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No trainings recorded for {place} yet</source>
        <translation>Aucune formation enregistrée pour {place} pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No trainings recorded yet</source>
        <translation>Aucune formation enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No policies recorded for {place} yet</source>
        <translation>Aucune politique enregistrée pour {place} pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No policies recorded yet</source>
        <translation>Aucune politique enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No indicators recorded for {place} yet</source>
        <translation>Aucun indicateur enregistré pour {place} pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No indicators recorded yet</source>
        <translation>Aucun indicateur enregistré pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln meeting(s) in the last 12 months</source>
        <translation>
            <numerusform>%Ln réunion au cours des 12 derniers mois</numerusform>
            <numerusform>%Ln réunions au cours des 12 derniers mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln decision(s) in all</source>
        <translation>
            <numerusform>%Ln décision en tout</numerusform>
            <numerusform>%Ln décisions en tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none overdue</source>
        <translation>aucune en retard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{activities} {work_plans}</source>
        <comment>across N activities in N work plans</comment>
        <translation>{activities} {work_plans}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>across %Ln activities</source>
        <translation>
            <numerusform>sur %Ln activité</numerusform>
            <numerusform>sur %Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %Ln work plan(s)</source>
        <translation>
            <numerusform>dans %Ln plan de travail</numerusform>
            <numerusform>dans %Ln plans de travail</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{currency} {spent} spent of {planned}</source>
        <translation>{currency} {spent} dépensés sur {planned}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{share} women · %Ln activities</source>
        <translation>
            <numerusform>{share} de femmes · %Ln activité</numerusform>
            <numerusform>{share} de femmes · %Ln activités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no currency)</source>
        <translation>(sans devise)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In drafting</source>
        <translation>En rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under implementation</source>
        <translation>En mise en œuvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>En révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Indicators: on track by the latest actual, {years}</source>
        <translation>Indicateurs&#xa0;: en bonne voie selon la dernière valeur réelle, {years}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track</source>
        <translation>En décalage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other or undisclosed</source>
        <translation>Autre ou non précisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{currency}  {spent} of {planned} ({share})</source>
        <translation>{currency}  {spent} sur {planned} ({share})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet spent</source>
        <translation>Pas encore dépensé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention ({n})</source>
        <translation>À traiter ({n})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>— showing the %Ln oldest, up to {limit} of each kind</source>
        <translation>
            <numerusform>— voici la plus ancienne, {limit} au plus de chaque type</numerusform>
            <numerusform>— voici les %Ln plus anciennes, {limit} au plus de chaque type</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing needs attention in {place} right now.</source>
        <translation>Rien à traiter pour {place} en ce moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needs attention right now.</source>
        <translation>Rien à traiter en ce moment.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop/ui/exchange_common.py" line="+24"/>
        <source>Reading the changes…</source>
        <translation>Lecture des modifications…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the changes…</source>
        <translation>Écriture des modifications…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the file and its signature…</source>
        <translation>Vérification du fichier et de sa signature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every change in the file…</source>
        <translation>Vérification de chaque modification du fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working out what the file would do…</source>
        <translation>Calcul de l&apos;effet du fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging the changes…</source>
        <translation>Fusion des modifications…</translation>
    </message>
</context>
<context>
    <name>ExchangeNotices</name>
    <message>
        <location filename="../../desktop/exchange/notices.py" line="+29"/>
        <source>no country</source>
        <translation>aucun pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look first: the sender holds changes of this installation (up to {when} UTC) that it lacks: it was restored from a backup, or copied. It now goes on under a new installation id, {new_id}; send the sender a file, and their next file brings back what was lost.</source>
        <translation>À examiner d’abord&#xa0;: l’expéditeur détient des modifications de cette installation (jusqu’au {when} UTC) qu’elle n’a pas&#xa0;: elle a été restaurée depuis une sauvegarde, ou copiée. Elle continue désormais sous un nouvel identifiant d’installation, {new_id}&#xa0;; envoyez un fichier à l’expéditeur, et son prochain fichier rapportera ce qui était perdu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look first: the sender holds changes of this installation (up to {when} UTC) that it lacks: it was restored from a backup, or copied. Importing gives it a new installation id, so that its partners send back what was lost.</source>
        <translation>À examiner d’abord&#xa0;: l’expéditeur détient des modifications de cette installation (jusqu’au {when} UTC) qu’elle n’a pas&#xa0;: elle a été restaurée depuis une sauvegarde, ou copiée. L’importation lui donne un nouvel identifiant d’installation, pour que ses partenaires lui renvoient ce qui était perdu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look first: deletes {count} of the {total} records here, claimed to be by {names}.</source>
        <translation>À examiner d’abord&#xa0;: supprime {count} des {total} fiches d’ici, au nom de {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look first: moves {kind} {record} from {before} to {after}, claimed to be by {name}.</source>
        <translation>À examiner d’abord&#xa0;: déplace {kind} {record} de {before} vers {after}, au nom de {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look first: and {count} more records moved to another country.</source>
        <translation>À examiner d’abord&#xa0;: et {count} autres fiches déplacées vers un autre pays.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look first: settles {count} conflict(s) kept here, claimed to be by {names}.</source>
        <translation>À examiner d’abord&#xa0;: règle {count} conflit(s) gardé(s) ici, au nom de {names}.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop/ui/exchange_page.py" line="+64"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted for</source>
        <translation>Confiance pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last file received</source>
        <translation>Dernier fichier reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last file sent</source>
        <translation>Dernier fichier envoyé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tr&amp;ust for…</source>
        <translation>Co&amp;nfiance pour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say whose records the selected partner&apos;s files may change</source>
        <translation>Dire quelles fiches les fichiers du partenaire choisi peuvent modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop trusting…</source>
        <translation>Retirer la confian&amp;ce…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the selected partner&apos;s files from now on</source>
        <translation>Refuser désormais les fichiers du partenaire choisi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No partners yet: the installations you import files from are listed here, with their key.</source>
        <translation>Pas encore de partenaires : les installations dont vous importez des fichiers apparaissent ici, avec leur clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Partners&lt;/b&gt;</source>
        <translation>&lt;b&gt;Partenaires&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>You are &lt;b&gt;{name}&lt;/b&gt; on this installation. Its key fingerprint is &lt;tt&gt;&lt;b&gt;{fingerprint}&lt;/b&gt;&lt;/tt&gt;: read it to partners when they import your first file.</source>
        <translation>Vous êtes &lt;b&gt;{name}&lt;/b&gt; sur cette installation. L&apos;empreinte de sa clé est &lt;tt&gt;&lt;b&gt;{fingerprint}&lt;/b&gt;&lt;/tt&gt; : lisez-la à vos partenaires lorsqu&apos;ils importent votre premier fichier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nobody: stopped on {day}</source>
        <translation>plus personne&#xa0;: retirée le {day}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Installation {device}</source>
        <translation>Installation {device}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stop trusting</source>
        <translation>Retirer la confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse every file from {name} from now on? What they sent before stays. You can trust them again later.</source>
        <translation>Refuser désormais tout fichier de {name}&#xa0;? Ce qu’il a envoyé auparavant reste. Vous pourrez lui refaire confiance plus tard.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/workbooks.py" line="+60"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of {country} and global records, one sheet per kind.</source>
        <translation>Fiches de {country} et fiches globales, une feuille par type.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language of the headers:</source>
        <translation>&amp;Langue des en-têtes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A blank &amp;template (the sheets and their lists, no records)</source>
        <translation>Un &amp;modèle vierge (les feuilles et leurs listes, sans fiches)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/ui/history_models.py" line="+105"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="+113"/>
        <source>Changes, newest first</source>
        <translation>Modifications, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details of the selected change</source>
        <translation>Détails de la modification choisie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h2&gt;History&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Historique&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+150"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+1"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, name or code (Ctrl+F)</source>
        <translation>Titre, nom ou code (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Type de fiche&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>Pe&amp;rsonne&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person who made the change</source>
        <translation>Personne qui a fait la modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes from this date</source>
        <translation>Modifications depuis cette date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes up to this date</source>
        <translation>Modifications jusqu&apos;à cette date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record:</source>
        <translation>&amp;Fiche&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record title, name or code</source>
        <translation>Titre, nom ou code de la fiche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show &amp;all changes</source>
        <translation>Afficher toutes les &amp;modifications</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>History of this &amp;record only</source>
        <translation>Historique de cette fiche &amp;seulement</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only the history of one record.</source>
        <translation>Seulement l&apos;historique d&apos;une fiche.</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the history of {kind} “{label}”.</source>
        <translation>Seulement l&apos;historique de {kind} «&#xa0;{label}&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{action} {kind} “{label}” — {user}, {when}, device {device}</source>
        <translation>{action}&#xa0;: {kind} «&#xa0;{label}&#xa0;» — {user}, {when}, appareil {device}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n champ modifié.</numerusform>
            <numerusform>%n champs modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value when created</source>
        <translation>Valeur à la création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created with these values; empty fields are left out.</source>
        <translation>Créée avec ces valeurs&#xa0;; les champs vides ne sont pas affichés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) went to the trash together (trash group {group}).</source>
        <translation>
            <numerusform>%n fiche est partie à la corbeille (groupe {group}).</numerusform>
            <numerusform>%n fiches sont parties ensemble à la corbeille (groupe {group}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) came back from the trash together (trash group {group}).</source>
        <translation>
            <numerusform>%n fiche est revenue de la corbeille (groupe {group}).</numerusform>
            <numerusform>%n fiches sont revenues ensemble de la corbeille (groupe {group}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No change selected</source>
        <translation>Aucune modification choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change to see what it did.</source>
        <translation>Choisissez une modification pour voir ce qu&apos;elle a fait.</translation>
    </message>
</context>
<context>
    <name>IatiFile</name>
    <message>
        <location filename="../../desktop/ui/iati_file.py" line="+32"/>
        <source>Choose a country first: an IATI file holds one country&apos;s work plans.</source>
        <translation>Choisissez d&apos;abord un pays : un fichier IITA contient les plans de travail d&apos;un seul pays.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the IATI file</source>
        <translation>Enregistrer le fichier IITA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IATI XML files (*.xml);;All files (*)</source>
        <translation>Fichiers XML IITA (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the IATI file {path}: {count} activities, valid against the IATI 2.03 schema.</source>
        <translation>Fichier IITA enregistré sous {path} : {count} activités, conforme au schéma IITA 2.03.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No IATI file was written: {reason}</source>
        <translation>Aucun fichier IITA n&apos;a été écrit : {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved as {path}: {reason}</source>
        <translation>Non enregistré sous {path} : {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the IATI file</source>
        <translation>Écriture du fichier IITA</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/ui/list_page.py" line="+48"/>
        <source>Search by title or code (Ctrl+F)</source>
        <translation>Rechercher par titre ou code (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search {title}</source>
        <translation>Rechercher dans {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogframeDialog</name>
    <message>
        <location filename="../../desktop/ui/logframe_dialog.py" line="+43"/>
        <source>Number (1, 1.1, 1.1.1)</source>
        <translation>Numéro (1, 1.1, 1.1.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result or activity</source>
        <translation>Résultat ou activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level (outcome, output, activity)</source>
        <translation>Niveau (effet, produit, activité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible agency</source>
        <translation>Agence responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means of verification</source>
        <translation>Moyens de vérification</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a logframe</source>
        <translation>Importer un cadre logique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A work plan of {country} from the sheet {sheet} of {file}. Check which column holds what:</source>
        <translation>Un plan de travail de {country} à partir de la feuille {sheet} de {file}. Vérifiez ce que contient chaque colonne :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title of the work plan:</source>
        <translation>&amp;Titre du plan de travail :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Responsible, where the sheet does not say:</source>
        <translation>&amp;Responsable, là où la feuille ne le dit pas :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Targets by year:</source>
        <translation>Cibles par année :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no column with a year)</source>
        <translation>(aucune colonne avec une année)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
</context>
<context>
    <name>LogframeImport</name>
    <message>
        <location line="+25"/>
        <source>Logframe</source>
        <translation>Cadre logique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a country first: the work plan is made for the country shown.</source>
        <translation>Choisissez d&apos;abord un pays : le plan de travail est créé pour le pays affiché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Import a logframe</source>
        <translation>Importer un cadre logique</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Classeurs (*.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>Reading the logframe</source>
        <translation>Lecture du cadre logique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing can be imported from {file}:</source>
        <translation>Rien ne peut être importé de {file} :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The logframe makes these records: {made}. Import them?</source>
        <translation>Le cadre logique crée ces fiches : {made}. Les importer ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to undo (history cleared by the import of {file})</source>
        <translation>Rien à annuler (historique effacé par l&apos;importation de {file})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported the logframe {file}: {made}.</source>
        <translation>Cadre logique {file} importé : {made}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing the logframe</source>
        <translation>Importation du cadre logique</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+85"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+292"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records held</source>
        <translation>Fiches enregistrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policies and frameworks</source>
        <translation>Politiques et cadres</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Work plans</source>
        <translation>Plans de travail</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work-plan activities</source>
        <translation>Activités des plans de travail</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Capacity building</source>
        <translation>Renforcement des capacités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Knowledge &amp; practices</source>
        <translation>Connaissances et pratiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Knowledge products</source>
        <translation>Produits de connaissance</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send and receive</source>
        <translation>Envoyer et recevoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+185"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;This database is empty.&lt;/b&gt; To look around first, &lt;a href=&apos;demo&apos;&gt;load the illustrative demo data&lt;/a&gt; (Help &amp;gt; Load Demo Data; five countries, nothing real about the people or figures). To start your own records, choose your country above (and make it the default in &lt;a href=&apos;settings&apos;&gt;Settings&lt;/a&gt;), then a page on the left.</source>
        <translation>&lt;b&gt;Cette base de données est vide.&lt;/b&gt; Pour la découvrir, &lt;a href=&apos;demo&apos;&gt;chargez les données de démonstration&lt;/a&gt; (Aide &amp;gt; Charger les données de démonstration ; cinq pays, personnes et chiffres fictifs). Pour commencer vos propres fiches, choisissez votre pays ci-dessus (et faites-en le pays par défaut dans les &lt;a href=&apos;settings&apos;&gt;Paramètres&lt;/a&gt;), puis une page à gauche.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Database: {path}</source>
        <translation>Base de données&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Empty Database…</source>
        <translation>&amp;Nouvelle base de données vide…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importer depuis Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a &amp;Logframe…</source>
        <translation>Importer un cadre &amp;logique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;Demo Data</source>
        <translation>Charger les &amp;données de démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Mainstream</source>
        <translation>À &amp;propos de Mainstream</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database backed up to {path}</source>
        <translation>Base de données sauvegardée dans {path}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{page} ({count})</source>
        <translation>{page} ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts ({count})</source>
        <translation>Conflits ({count})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Report saved as {path}</source>
        <translation>Rapport enregistré sous {path}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to undo (history cleared by loading the demo data)</source>
        <translation>Rien à annuler (historique effacé par le chargement des données de démonstration)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the demo data</source>
        <translation>Chargement des données de démonstration</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Mainstream</source>
        <translation>À propos de Mainstream</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&lt;p&gt;&lt;b&gt;Mainstream&lt;/b&gt; keeps the records of the IOM–UNDP joint programme &lt;i&gt;Mainstreaming Migration into National Development Strategies&lt;/i&gt;, offline.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mainstream&lt;/b&gt; tient, hors ligne, les registres du programme conjoint OIM–PNUD &lt;i&gt;Intégrer la migration dans les stratégies nationales de développement&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: {path}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>Demo data loaded: %Ln record(s) added.</source>
        <translation>
            <numerusform>Données de démonstration chargées : %Ln fiche ajoutée.</numerusform>
            <numerusform>Données de démonstration chargées : %Ln fiches ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Log file (what went wrong unexpectedly): {path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Journal (ce qui a échoué de façon inattendue)&#xa0;: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes are not saved yet. Leave them and lose them?</source>
        <translation>Certaines modifications ne sont pas encore enregistrées. Partir et les perdre&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The daily copy of the database could not be made: {reason}</source>
        <translation>La copie quotidienne de la base de données n’a pas pu être faite&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is already open.</source>
        <translation>{path} est déjà ouverte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to undo (history cleared on opening {file})</source>
        <translation>Rien à annuler (historique effacé à l’ouverture de {file})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Settings saved. Your changes are now recorded as {name}.</source>
        <translation>Paramètres enregistrés. Vos modifications sont désormais enregistrées au nom de {name}.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="+12"/>
        <source>Records by kind</source>
        <translation>Fiches par type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;What this database holds&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Contenu de cette base de données&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>PartnerTrust</name>
    <message>
        <location filename="../../desktop/ui/partner_trust.py" line="+30"/>
        <source>every country</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared records only</source>
        <translation>fiches partagées seulement</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../desktop/ui/period_grid.py" line="+123"/>
        <source>Period starts</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period ends</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;nds</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PeriodGrid</name>
    <message>
        <location line="+70"/>
        <source>Targets and actuals by period</source>
        <translation>Cibles et réalisés par période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per period. Type a number in a cell to save it; Enter goes down, Tab across, Delete empties a cell, Ctrl+Tab leaves the grid.</source>
        <translation>Une ligne par période. Tapez un nombre dans une cellule pour l&apos;enregistrer&#xa0;; Entrée descend, Tab passe à droite, Suppr vide une cellule, Ctrl+Tab quitte la grille.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a number in a cell to save it: Enter goes down, Tab across, Delete empties a cell, Ctrl+Z undoes. Green actuals reach their target, red ones fall short.</source>
        <translation>Tapez un nombre dans une cellule pour l&apos;enregistrer&#xa0;: Entrée descend, Tab passe à droite, Suppr vide une cellule, Ctrl+Z annule. Les réalisés en vert atteignent leur cible, ceux en rouge restent en deçà.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+67"/>
        <source>No periods yet. “Add period…” starts the first one.</source>
        <translation>Aucune période pour l&apos;instant. «&#xa0;Ajouter une période…&#xa0;» crée la première.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Add &amp;period…</source>
        <translation>Ajouter une &amp;période…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+234"/>
        <source>Remove period</source>
        <translation>Retirer la période</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Save the indicator first, then add its periods.</source>
        <translation>Enregistrez d&apos;abord l&apos;indicateur, puis ajoutez ses périodes.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Measure: {measure}</source>
        <translation>Mesure&#xa0;: {measure}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>baseline {value} in {year}</source>
        <translation>référence {value} en {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline {value}</source>
        <translation>référence {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not disaggregated by sex (tick “Disaggregated by sex” above and save to add columns for each sex)</source>
        <translation>non ventilé par sexe (cochez «&#xa0;Ventilé par sexe&#xa0;» ci-dessus et enregistrez pour ajouter une colonne par sexe)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit {cell}, {period}</source>
        <translation>Modifier {cell}, {period}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+74"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>{cell}, {period}</source>
        <translation>{cell}, {period}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {where}: {reason} (typed “{typed}”).</source>
        <translation>Non enregistré&#xa0;: {where}&#xa0;: {reason} (saisi&#xa0;: «&#xa0;{typed}&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: {where}: {reason}.</source>
        <translation>Non enregistré&#xa0;: {where}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The period {period} is already in the grid.</source>
        <translation>La période {period} est déjà dans la grille.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add period {period}</source>
        <translation>Ajouter la période {period}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period not added: {reason}</source>
        <translation>Période non ajoutée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Send the period {period}, with its targets and actuals, to the trash? Ctrl+Z brings it back.</source>
        <translation>Mettre la période {period}, avec ses cibles et réalisés, à la corbeille&#xa0;? Ctrl+Z la fait revenir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period not removed: {reason}</source>
        <translation>Période non retirée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove period {period}</source>
        <translation>Retirer la période {period}</translation>
    </message>
</context>
<context>
    <name>PeriodModel</name>
    <message>
        <location filename="../../desktop/ui/period_model.py" line="+219"/>
        <source>On track: the actual reaches the target</source>
        <translation>En bonne voie&#xa0;: le réalisé atteint la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track: the actual falls short of the target</source>
        <translation>En décalage&#xa0;: le réalisé reste sous la cible</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} ({sex})</source>
        <translation>{field} ({sex})</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/workbooks.py" line="+15"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n cell(s) refused: nothing can be imported. They are marked in {path}: fix them there and import that copy.</source>
        <translation>
            <numerusform>%n cellule refusée : rien ne peut être importé. Elle est marquée dans {path} : corrigez-la là et importez cette copie.</numerusform>
            <numerusform>%n cellules refusées : rien ne peut être importé. Elles sont marquées dans {path} : corrigez-les là et importez cette copie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workbook creates and changes these records. Import them?</source>
        <translation>Le classeur crée et modifie ces fiches. Les importer ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database as it is now is backed up first.</source>
        <translation>La base de données telle qu&apos;elle est maintenant est d&apos;abord sauvegardée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook holds no change: nothing to import.</source>
        <translation>Le classeur ne contient aucune modification : rien à importer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kind}: {new} new, {changed} changed, {same} unchanged</source>
        <translation>{kind} : {new} nouvelles, {changed} modifiées, {same} inchangées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheet {sheet}, row {row}, column {column}: {reason}</source>
        <translation>Feuille {sheet}, ligne {row}, colonne {column} : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet {sheet}, row {row}: {reason}</source>
        <translation>Feuille {sheet}, ligne {row} : {reason}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/translations.py" line="+43"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <location filename="../../desktop/ui/exchange_receive.py" line="+89"/>
        <source>Receive changes</source>
        <translation>Recevoir des modifications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open an exchange file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;échange…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the file</source>
        <translation>Phrase secrète du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only for an encrypted file</source>
        <translation>seulement pour un fichier chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;assphrase:</source>
        <translation>Phrase secrè&amp;te :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file would do</source>
        <translation>Ce que ferait le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Restaurées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose the file</source>
        <translation>Fer&amp;mer le fichier</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open an exchange file</source>
        <translation>Ouvrir un fichier d&apos;échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mainstream exchange files (*.mxf);;All files (*)</source>
        <translation>Fichiers d&apos;échange Mainstream (*.mxf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is a folder: open the exchange file inside it.</source>
        <translation>{name} est un dossier : ouvrez le fichier d&apos;échange qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the exchange file</source>
        <translation>Vérification du fichier d&apos;échange</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing has changed yet. Import to apply the file as shown above.</source>
        <translation>Rien n&apos;a encore changé. Importez pour appliquer le fichier comme indiqué ci-dessus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do: this file holds no changes.</source>
        <translation>Rien à faire : ce fichier ne contient aucune modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: all {count} changes in this file are here already.</source>
        <translation>Rien à faire : les {count} modifications de ce fichier sont déjà ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: nothing was changed.</source>
        <translation>Arrêté : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reason} Type the passphrase the sender gave you and press Enter.</source>
        <translation>{reason} Saisissez la phrase secrète que l&apos;expéditeur vous a donnée et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another key</source>
        <translation>Une autre clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file claims to come from {name}, but it is signed with another key than their earlier files:

{fingerprint}

If {name} lost their key and made a new one, ask them to read you the fingerprint now shown on their Exchange page. Accept the new key only if it is this one: otherwise the file is someone else&apos;s.</source>
        <translation>Ce fichier dit venir de {name}, mais il est signé avec une autre clé que ses fichiers précédents&#xa0;:

{fingerprint}

Si {name} a perdu sa clé et en a créé une nouvelle, demandez-lui de vous lire l’empreinte affichée maintenant sur sa page Échanges. N’acceptez la nouvelle clé que si c’est celle-ci&#xa0;: sinon le fichier est celui de quelqu’un d’autre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>They match: accept the new key</source>
        <translation>Elles concordent&#xa0;: accepter la nouvelle clé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; from &lt;b&gt;{name}&lt;/b&gt;, written {when} ({covers}; encrypted).</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; de &lt;b&gt;{name}&lt;/b&gt;, écrit le {when} ({covers} ; chiffré).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; from &lt;b&gt;{name}&lt;/b&gt;, written {when} ({covers}).</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; de &lt;b&gt;{name}&lt;/b&gt;, écrit le {when} ({covers}).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Refused: {reason}</source>
        <translation>Refusé : {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>every country</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key fingerprint: &lt;tt&gt;{fingerprint}&lt;/tt&gt;</source>
        <translation>Empreinte de la clé : &lt;tt&gt;{fingerprint}&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:#8a5300&apos;&gt;&lt;b&gt;First file from this sender.&lt;/b&gt; Before importing, ask {name} to read you the fingerprint shown on their Exchange page, and compare.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5300&apos;&gt;&lt;b&gt;Premier fichier de cet expéditeur.&lt;/b&gt; Avant d&apos;importer, demandez à {name} de vous lire l&apos;empreinte affichée sur sa page Échanges, et comparez.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A new sender</source>
        <translation>Un nouvel expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the first file from {name}. Its key fingerprint is:

{fingerprint}

Accept it only if {name} reads you the same fingerprint from their Exchange page. Later files from them are then recognised, and a file claiming to be theirs but signed with another key is refused.</source>
        <translation>C&apos;est le premier fichier de {name}. L&apos;empreinte de sa clé est :

{fingerprint}

Acceptez-le seulement si {name} vous lit la même empreinte depuis sa page Échanges. Ses fichiers suivants seront alors reconnus, et un fichier prétendant venir de cette personne mais signé avec une autre clé sera refusé.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not imported: the sender was not accepted.</source>
        <translation>Non importé : l&apos;expéditeur n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing the exchange file</source>
        <translation>Importation du fichier d&apos;échange</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nothing to undo (history cleared by the import of {file})</source>
        <translation>Rien à annuler (historique effacé par l’importation de {file})</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The installation of {name} under a new id (restored from a backup, or copied), signed with the key you trusted.</source>
        <translation>L’installation de {name} sous un nouvel identifiant (restaurée depuis une sauvegarde, ou copiée), signée avec la clé à laquelle vous faites confiance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&apos;color:#8a5300&apos;&gt;&lt;b&gt;A new key for {name}.&lt;/b&gt; Importing keeps it in place of the old one: their later files must be signed with it.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5300&apos;&gt;&lt;b&gt;Une nouvelle clé pour {name}.&lt;/b&gt; L’importation la garde à la place de l’ancienne&#xa0;: ses fichiers suivants devront être signés avec elle.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trusted here for: {countries}</source>
        <translation>Confiance ici pour&#xa0;: {countries}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Their files may then change the records of the countries this file covers ({countries}), and shared records. Trust them for every country only if they are headquarters.</source>
        <translation>Ses fichiers pourront alors modifier les fiches des pays que couvre ce fichier ({countries}) et les fiches partagées. Ne lui faites confiance pour tous les pays que s’il s’agit du siège.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They match: trust for {countries}</source>
        <translation>Elles concordent&#xa0;: confiance pour {countries}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They match: trust for every country</source>
        <translation>Elles concordent&#xa0;: confiance pour tous les pays</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Imported. The database as it was just before is kept in {backup}.</source>
        <translation>Importé. La base de données telle qu&apos;elle était juste avant est conservée dans {backup}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln field(s) were edited on both sides: see the Conflicts tab.</source>
        <translation>
            <numerusform>%Ln champ a été modifié des deux côtés : voir l&apos;onglet Conflits.</numerusform>
            <numerusform>%Ln champs ont été modifiés des deux côtés : voir l&apos;onglet Conflits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln record(s) now break a rule because edits made apart met; open them to put them right:</source>
        <translation>
            <numerusform>%Ln fiche enfreint désormais une règle parce que des modifications faites séparément se sont rencontrées ; ouvrez-la pour la corriger :</numerusform>
            <numerusform>%Ln fiches enfreignent désormais une règle parce que des modifications faites séparément se sont rencontrées ; ouvrez-les pour les corriger :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: {reason}</source>
        <translation>Non importé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported, nothing was changed: {reason}</source>
        <translation>Non importé, rien n&apos;a été modifié : {reason}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/ui/record_editor.py" line="+121"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Participants counted by institution: {counted} of {total}.</source>
        <translation>Participants comptés par institution : {counted} sur {total}.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This record no longer exists (it may be in the trash).</source>
        <translation>Cette fiche n&apos;existe plus (elle est peut-être dans la corbeille).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+10"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Create {label}</source>
        <translation>Créer {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit {fields}</source>
        <translation>Modifier {fields}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send “{label}” and everything that belongs to it to the trash? You can restore it from the Trash page, or undo with Ctrl+Z.</source>
        <translation>Mettre «&#xa0;{label}&#xa0;» et tout ce qui en dépend à la corbeille&#xa0;? Vous pourrez le restaurer depuis la page Corbeille, ou annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete {label}</source>
        <translation>Supprimer {label}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Copy (not saved yet)</source>
        <translation>Copie (pas encore enregistrée)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sent to the trash. Ctrl+Z brings it back.</source>
        <translation>Mis à la corbeille. Ctrl+Z le fait revenir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this record first?</source>
        <translation>Enregistrer d&apos;abord les modifications de cette fiche&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../desktop/ui/records_page.py" line="+45"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New record (Ctrl+N)</source>
        <translation>Nouvelle fiche (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a record in the list to see and edit it, or press New (Ctrl+N).</source>
        <translation>Choisissez un enregistrement dans la liste pour le voir et le modifier, ou appuyez sur Nouveau (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="+122"/>
        <source>&lt;h2&gt;Country overview report&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rapport de synthèse pays&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF overview of one country&apos;s records over a period, for the government, the UN Country Team, donors and headquarters.</source>
        <translation>Une synthèse en PDF des fiches d&apos;un pays sur une période, pour le gouvernement, l&apos;équipe de pays des Nations Unies, les bailleurs de fonds et le siège.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country of the report</source>
        <translation>Pays du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a country</source>
        <translation>Choisissez un pays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period from</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Countr&amp;y:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cover, the contents and “At a glance” are always included.</source>
        <translation>La couverture, la table des matières et «&#xa0;En bref&#xa0;» figurent toujours dans le rapport.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gene&amp;rate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the report and show it here (Ctrl+G or Enter)</source>
        <translation>Produire le rapport et l&apos;afficher ici (Ctrl+G ou Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save As…</source>
        <translation>En&amp;registrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer le rapport dans un fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in Viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the report in the system&apos;s PDF viewer</source>
        <translation>Ouvrir le rapport dans la visionneuse PDF du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IATI File…</source>
        <translation>Fichier &amp;IITA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the country&apos;s work plans as an IATI 2.03 activity file</source>
        <translation>Enregistrer les plans de travail du pays dans un fichier d&apos;activités IITA 2.03</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report message</source>
        <translation>Message du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report made</source>
        <translation>Rapport produit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the country, the period, the language and the sections, then press Generate (Ctrl+G). The report shows here.</source>
        <translation>Choisissez le pays, la période, la langue et les sections, puis appuyez sur Générer (Ctrl+G). Le rapport s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Coordination (committees, meetings, decisions)</source>
        <translation>Coordination (comités, réunions, décisions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy coherence</source>
        <translation>Cohérence des politiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results and indicators</source>
        <translation>Résultats et indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity building</source>
        <translation>Renforcement des capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence and good practices</source>
        <translation>Données probantes et bonnes pratiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholders (annex)</source>
        <translation>Parties prenantes (annexe)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Choose the country of the report.</source>
        <translation>Choisissez le pays du rapport.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends on {end}, before it starts ({start}): choose a “To” date on or after the “From” date.</source>
        <translation>La période se termine le {end}, avant de commencer ({start})&#xa0;: choisissez une date «&#xa0;Au&#xa0;» égale ou postérieure à la date «&#xa0;Du&#xa0;».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No temporary folder for the report: {error}</source>
        <translation>Aucun dossier temporaire pour le rapport&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Making the report…</source>
        <translation>Production du rapport…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the report</source>
        <translation>Production du rapport</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The report was made but cannot be shown ({error}).</source>
        <translation>Le rapport a été produit mais ne peut pas être affiché ({error}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: no report was made.</source>
        <translation>Annulé&#xa0;: aucun rapport n&apos;a été produit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report cannot be made: {reason}</source>
        <translation>Le rapport ne peut pas être produit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be written: {reason}</source>
        <translation>Le rapport ne peut pas être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving the report</source>
        <translation>Enregistrement du rapport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved as {path}: {reason}</source>
        <translation>Non enregistré sous {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No PDF viewer could open {path}.</source>
        <translation>Aucune visionneuse PDF n&apos;a pu ouvrir {path}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;{country}&lt;/b&gt;, {start} to {end}, {language}</source>
        <translation>&lt;b&gt;{country}&lt;/b&gt;, du {start} au {end}, {language}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data version: {version}</source>
        <translation>Version des données&#xa0;: {version}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The choices have changed since this report was made: Generate again to update it.</source>
        <translation>Les choix ont changé depuis la production de ce rapport&#xa0;: générez-le à nouveau pour le mettre à jour.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../desktop/ui/exchange_send.py" line="+57"/>
        <source>Send changes</source>
        <translation>Envoyer des modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Anyone: every change</source>
        <translation>N&apos;importe qui : toutes les modifications</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: encrypts the file</source>
        <translation>facultatif : chiffre le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to a file…</source>
        <translation>E&amp;xporter dans un fichier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For &amp;whom:</source>
        <translation>Po&amp;ur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coun&amp;tries:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No country ticked sends every country. A file for a partner leaves out what their latest file showed they hold. Tell the passphrase to the recipient another way (by phone), never in the same e-mail.</source>
        <translation>Sans pays coché, tous les pays sont envoyés. Un fichier pour un partenaire omet ce que son dernier fichier montrait qu&apos;il détient. Communiquez la phrase secrète au destinataire par un autre moyen (par téléphone), jamais dans le même courriel.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}: only what they may lack</source>
        <translation>{name} : seulement ce qui peut lui manquer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent : saisissez deux fois la même.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the exchange file</source>
        <translation>Enregistrer le fichier d&apos;échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mainstream exchange files (*.mxf)</source>
        <translation>Fichiers d&apos;échange Mainstream (*.mxf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting changes</source>
        <translation>Exportation des modifications</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved {path}: %Ln change(s)</source>
        <translation>
            <numerusform>Enregistré dans {path} : %Ln modification</numerusform>
            <numerusform>Enregistré dans {path} : %Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, with %Ln attached file(s)</source>
        <translation>
            <numerusform>, avec %Ln fichier joint</numerusform>
            <numerusform>, avec %Ln fichiers joints</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds nothing new for them.</source>
        <translation>Il ne contient rien de nouveau pour ce destinataire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: {reason}</source>
        <translation>Exportation impossible : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export ({kind}: {reason})</source>
        <translation>Exportation impossible ({kind} : {reason})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="+47"/>
        <source>IOM</source>
        <translation>OIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNDP</source>
        <translation>PNUD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+235"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Not set: your changes are recorded as “{name}”</source>
        <translation>Non renseigné&#xa0;: vos modifications sont enregistrées au nom de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>As colleagues should see it in the history</source>
        <translation>Tel que vos collègues doivent le voir dans l&apos;historique</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+233"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+229"/>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>All countries (headquarters)</source>
        <translation>Tous les pays (siège)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>Or&amp;ganisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;country:</source>
        <translation>&amp;Pays par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is recorded with every change you make. The default country is the one the window shows when Mainstream starts.</source>
        <translation>Votre nom est enregistré avec chacune de vos modifications. Le pays par défaut est celui que la fenêtre affiche au démarrage de Mainstream.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+197"/>
        <source>Logo on the report cover</source>
        <translation>Logo sur la couverture du rapport</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lo&amp;go</source>
        <translation>Sans lo&amp;go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cove&amp;r logo:</source>
        <translation>Logo de couve&amp;rture&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PNG or JPEG image of at most 5 MB, drawn at the top of the PDF country overview&apos;s cover. The file is not copied: keep it where it is.</source>
        <translation>Une image PNG ou JPEG de 5&#xa0;Mo au plus, placée en haut de la couverture de la synthèse pays en PDF. Le fichier n&apos;est pas copié&#xa0;: laissez-le où il est.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;empty database…</source>
        <translation>Nouvelle &amp;base de données vide…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mainstream opens the database you last opened here, also from the command line.</source>
        <translation>Mainstream ouvre la dernière base de données ouverte ici, y compris depuis la ligne de commande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paramètres&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not saved: the logo “{name}” is not a PNG or JPEG image of at most 5 MB.</source>
        <translation>Non enregistré&#xa0;: le logo «&#xa0;{name}&#xa0;» n&apos;est pas une image PNG ou JPEG de 5&#xa0;Mo au plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving settings</source>
        <translation>Enregistrement des paramètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mainstream databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Mainstream (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a Mainstream database</source>
        <translation>Ouvrir une base de données Mainstream</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the logo for the report cover</source>
        <translation>Choisir le logo de la couverture du rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A backup cannot replace the database itself: choose another file.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base de données elle-même : choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up the database</source>
        <translation>Sauvegarde de la base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new, empty database</source>
        <translation>Créer une nouvelle base de données vide</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="+118"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>The disk holding {folder} is full: free some space on it and try again. Nothing was changed.</source>
        <translation>Le disque qui contient {folder} est plein&#xa0;: libérez de la place et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no room left to write {path}: free some space and try again. Nothing was changed.</source>
        <translation>Il n&apos;y a plus de place pour écrire {path}&#xa0;: libérez de la place et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} cannot be written here (a write-protected stick, a read-only share or file?). Nothing was changed: copy the database to a folder of your own and open the copy.</source>
        <translation>{path} ne peut pas être modifié ici (clé USB protégée en écriture, partage ou fichier en lecture seule&#xa0;?). Rien n&apos;a été modifié&#xa0;: copiez la base de données dans un dossier à vous et ouvrez la copie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is being written by another program (a mainstream import on the command line?). Nothing was changed: try again when that is done.</source>
        <translation>Un autre programme est en train d&apos;écrire {path} (une importation mainstream en ligne de commande&#xa0;?). Rien n&apos;a été modifié&#xa0;: réessayez quand il aura fini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} could not be read or written (disk I/O error). Nothing was changed. Is the disk still there (a stick taken out, a network share lost)? If it is failing, copy the database to another disk.</source>
        <translation>{path} n&apos;a pas pu être lu ou écrit (erreur d&apos;entrée-sortie du disque). Rien n&apos;a été modifié. Le disque est-il toujours là (clé USB retirée, partage réseau perdu)&#xa0;? S&apos;il est défaillant, copiez la base de données sur un autre disque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is damaged: Mainstream cannot use it as it is. Nothing was changed. A backup beside it (its name ends in .bak), if there is one, holds an earlier copy: open it with File &gt; Open Database….</source>
        <translation>{path} est endommagé&#xa0;: Mainstream ne peut pas l&apos;utiliser tel quel. Rien n&apos;a été modifié. Une sauvegarde à côté (son nom finit par .bak), s&apos;il y en a une, en garde une copie antérieure&#xa0;: ouvrez-la avec Fichier &gt; Ouvrir une base de données….</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong that Mainstream did not expect ({kind}: {error}).</source>
        <translation>Un problème inattendu est survenu dans Mainstream ({kind}&#xa0;: {error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details are in the log file {path}: please send it to whoever supports Mainstream for you.</source>
        <translation>Les détails sont dans le journal {path}&#xa0;: envoyez-le à la personne qui assure pour vous le support de Mainstream.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} was made by a newer version of Mainstream: install that version to open it.</source>
        <translation>{path} a été créé par une version plus récente de Mainstream&#xa0;: installez cette version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not a Mainstream database: it is a folder, another program&apos;s file, or not there.</source>
        <translation>{path} n&apos;est pas une base de données Mainstream&#xa0;: c&apos;est un dossier, un fichier d&apos;un autre programme, ou il n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged: Mainstream cannot use it as it is. A backup beside it (its name ends in .bak), if there is one, holds an earlier copy.</source>
        <translation>{path} est endommagé&#xa0;: Mainstream ne peut pas l&apos;utiliser tel quel. Une sauvegarde à côté (son nom finit par .bak), s&apos;il y en a une, en garde une copie antérieure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} was being written when Mainstream stopped, and only the file {journal} beside it can put it back as it was; here it cannot be written: open it where it can, or copy it together with {journal}.</source>
        <translation>{path} était en cours d&apos;écriture quand Mainstream s&apos;est arrêté, et seul le fichier {journal} à côté peut le remettre tel qu&apos;il était&#xa0;; ici, il ne peut pas être modifié&#xa0;: ouvrez-le là où il peut l&apos;être, ou copiez-le avec {journal}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mainstream cannot open {path}.</source>
        <translation>Mainstream ne peut pas ouvrir {path}.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/trash_page.py" line="+130"/>
        <source>kept by a partner&apos;s edit; %n record it owned</source>
        <translation>
            <numerusform>conservé par la modification d&apos;un partenaire ; %n élément qu&apos;il contenait</numerusform>
            <numerusform>conservé par la modification d&apos;un partenaire ; %n éléments qu&apos;il contenait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n more</source>
        <translation>
            <numerusform>avec %n autre</numerusform>
            <numerusform>avec %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on its own</source>
        <translation>seul</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>today at {time}</source>
        <translation>aujourd&apos;hui à {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {time}</source>
        <translation>hier à {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was deleted</source>
        <translation>Ce qui a été supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken with it</source>
        <translation>Emporté avec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location line="+20"/>
        <source>Trash entries</source>
        <translation>Éléments de la corbeille</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking in the trash…</source>
        <translation>Recherche dans la corbeille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore result</source>
        <translation>Résultat de la restauration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected entry back, with everything deleted with it (Enter on a row, or Alt+R)</source>
        <translation>Faire revenir l&apos;élément choisi, avec tout ce qui a été supprimé avec lui (Entrée sur une ligne, ou Alt+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted records wait here with everything they owned. Restore brings them back.</source>
        <translation>Les fiches supprimées attendent ici avec tout ce qui en dépendait. Restaurer les fait revenir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Trash&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Corbeille&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;h3&gt;The trash is empty&lt;/h3&gt;&lt;p&gt;Records you delete come here, with everything they own, and can be restored from here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;La corbeille est vide&lt;/h3&gt;&lt;p&gt;Les fiches que vous supprimez arrivent ici, avec tout ce qui en dépend, et peuvent être restaurées d&apos;ici.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;h3&gt;Nothing from {country} is in the trash&lt;/h3&gt;&lt;p&gt;Entries of other countries and shared records: %n. Choose All countries to see them.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Rien de {country} dans la corbeille&lt;/h3&gt;&lt;p&gt;Élément d&apos;autres pays ou partagé&#xa0;: %n. Choisissez Tous les pays pour le voir.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Rien de {country} dans la corbeille&lt;/h3&gt;&lt;p&gt;Éléments d&apos;autres pays ou partagés&#xa0;: %n. Choisissez Tous les pays pour les voir.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Restoring {what}…</source>
        <translation>Restauration de {what}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>Restoring from the trash</source>
        <translation>Restauration depuis la corbeille</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>Restored {what} and %n more that went to the trash with it.</source>
        <translation>
            <numerusform>{what} restauré, avec %n autre élément parti à la corbeille avec lui.</numerusform>
            <numerusform>{what} restauré, avec %n autres éléments partis à la corbeille avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored {what}</source>
        <translation>{what} restauré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;The {what} stays in the trash.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{what} reste dans la corbeille.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../desktop/ui/partner_trust.py" line="+23"/>
        <source>Trust {name}</source>
        <translation>Confiance en {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose records may the files from {name} change? Shared records are anyone&apos;s.</source>
        <translation>Quelles fiches les fichiers de {name} peuvent-ils modifier&#xa0;? Les fiches partagées sont à tous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Every country (headquarters)</source>
        <translation>&amp;Tous les pays (siège)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only these countries:</source>
        <translation>&amp;Seulement ces pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country codes, e.g. PER, ECU</source>
        <translation>codes de pays, p. ex. PER, ECU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not a list of country codes (PER, ECU, ...)</source>
        <translation>Ce n’est pas une liste de codes de pays (PER, ECU…)</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../desktop/ui/undo.py" line="+252"/>
        <source>Not undone: {action}</source>
        <translation>Non annulé : {action}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{action}” could not be undone:
{reason}

Nothing was changed; Undo and Redo are as they were.</source>
        <translation>« {action} » n’a pas pu être annulé :
{reason}

Rien n’a été modifié ; Annuler et Rétablir sont comme avant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not redone: {action}</source>
        <translation>Non rétabli : {action}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{action}” could not be redone:
{reason}

Nothing was changed; Undo and Redo are as they were.</source>
        <translation>« {action} » n’a pas pu être rétabli :
{reason}

Rien n’a été modifié ; Annuler et Rétablir sont comme avant.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler {action}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes made before it can no longer be undone: undoing one could overwrite what came after it. The History page still lists them.</source>
        <translation>Les modifications antérieures ne peuvent plus être annulées : en annuler une pourrait écraser ce qui est venu après. La page Historique les liste toujours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message>
        <location filename="../../desktop/ui/workbooks.py" line="+16"/>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting to Excel</source>
        <translation>Export vers Excel</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n fiche exportée vers {path}.</numerusform>
            <numerusform>%n fiches exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: {reason}</source>
        <translation>{path} : {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Classeurs (*.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the workbook</source>
        <translation>Lecture du classeur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to undo (history cleared by the import of {file})</source>
        <translation>Rien à annuler (historique effacé par l&apos;importation de {file})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the workbook</source>
        <translation>Importation du classeur</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported {file}: %n record(s) created or changed. The database before it is in {backup}.</source>
        <translation>
            <numerusform>{file} importé : %n fiche créée ou modifiée. La base de données d&apos;avant est dans {backup}.</numerusform>
            <numerusform>{file} importé : %n fiches créées ou modifiées. La base de données d&apos;avant est dans {backup}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../desktop/ui/attachments_panel.py" line="-342"/>
        <source>“{name}” is {size:,.1f} MB; files over {limit:,.0f} MB cannot be attached (keep them on a shared drive and note where).</source>
        <translation>«&#xa0;{name}&#xa0;» fait {size:,.1f}&#xa0;Mo&#xa0;; les fichiers de plus de {limit:,.0f}&#xa0;Mo ne peuvent pas être joints (gardez-les sur un lecteur partagé et notez où).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{path}” could not be read: {reason}.</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content of “{name}” is missing from the database.</source>
        <translation>Le contenu de «&#xa0;{name}&#xa0;» manque dans la base de données.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{path}” could not be written: {reason}.</source>
        <translation>Impossible d&apos;écrire «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../desktop/ui/lists.py" line="+37"/>
        <source>IOM</source>
        <translation>OIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNDP</source>
        <translation>PNUD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNCT</source>
        <translation>Équipe de pays des Nations Unies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU</source>
        <translation>Protocole d&apos;accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGBV</source>
        <translation>Violences sexuelles et basées sur le genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter-ministerial</source>
        <translation>Interministériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-learning</source>
        <translation>Formation en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN agency</source>
        <translation>Agence des Nations Unies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International NGO</source>
        <translation>ONG internationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National NGO</source>
        <translation>ONG nationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair</source>
        <translation>Coprésidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women and children</source>
        <translation>Femmes et enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return and reintegration</source>
        <translation>Retour et réintégration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration data</source>
        <translation>Données migratoires</translation>
    </message>
    <message>
        <location filename="derived_strings.py" line="+10"/>
        <source>Academia</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity building</source>
        <translation>Renforcement des capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Climate mobility</source>
        <translation>Mobilité climatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordination commission</source>
        <translation>Commission de coordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data system</source>
        <translation>Système de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decree</source>
        <translation>Décret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development cooperation</source>
        <translation>Coopération au développement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora</source>
        <translation>Diaspora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolved</source>
        <translation>Dissous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economy</source>
        <translation>Économie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign affairs</source>
        <translation>Affaires étrangères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In drafting</source>
        <translation>En cours de rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interior</source>
        <translation>Intérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular migration</source>
        <translation>Migration irrégulière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour migration</source>
        <translation>Migration de main-d&apos;œuvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local authorities</source>
        <translation>Autorités locales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local development</source>
        <translation>Développement local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local governance</source>
        <translation>Gouvernance locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local government</source>
        <translation>Collectivité locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration health</source>
        <translation>Migration et santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration profile</source>
        <translation>Profil migratoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer exchange</source>
        <translation>Échange entre pairs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy coherence</source>
        <translation>Cohérence des politiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualitative</source>
        <translation>Qualitatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittances</source>
        <translation>Envois de fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social protection</source>
        <translation>Protection sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering</source>
        <translation>Pilotage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study visit</source>
        <translation>Voyage d&apos;étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task force</source>
        <translation>Équipe spéciale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical assistance</source>
        <translation>Assistance technique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical working group</source>
        <translation>Groupe de travail technique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trafficking</source>
        <translation>Traite des personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under implementation</source>
        <translation>En cours de mise en œuvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>En cours de révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="+35"/>
        <source>M&amp;D priorities</source>
        <translation>Priorités migration et développement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global Compact objectives</source>
        <translation>Objectifs du Pacte mondial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG targets (e.g. 10.7, 8.8)</source>
        <translation>Cibles des ODD (p. ex. 10.7, 8.8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IOM focal point</source>
        <translation>Point focal de l&apos;OIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNDP focal point</source>
        <translation>Point focal du PNUD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI identifier</source>
        <translation>Identifiant IITA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: women</source>
        <translation>Participants&#xa0;: femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: men</source>
        <translation>Participants&#xa0;: hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: other / undisclosed</source>
        <translation>Participants&#xa0;: autre / non précisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: total</source>
        <translation>Participants&#xa0;: total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test score (%)</source>
        <translation>Score au pré-test (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test score (%)</source>
        <translation>Score au post-test (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (%)</source>
        <translation>Satisfaction (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress (%)</source>
        <translation>Avancement (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disaggregated by sex</source>
        <translation>Ventilé par sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (committee)</source>
        <translation>Approuvé par (comité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-plan activity</source>
        <translation>Activité du plan de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="derived_strings.py" line="+3"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual note</source>
        <translation>Note sur le réalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline note</source>
        <translation>Note sur la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline value</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity activity</source>
        <translation>Activité de renforcement des capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End year</source>
        <translation>Année de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenditure</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filename</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government priorities</source>
        <translation>Priorités du gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementing partners</source>
        <translation>Partenaires de mise en œuvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead institution</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reference</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means of verification</source>
        <translation>Moyens de vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes summary</source>
        <translation>Résumé du procès-verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National strategy</source>
        <translation>Stratégie nationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned budget</source>
        <translation>Budget prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record kind</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible agency</source>
        <translation>Agence responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible institution</source>
        <translation>Institution responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target note</source>
        <translation>Note sur la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fields.py" line="+162"/>
        <source>e.g. {example}</source>
        <translation>p. ex. {example}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type 2026-11-20 or {example}; F4 opens the calendar</source>
        <translation>Tapez 2026-11-20 ou {example} ; F4 ouvre le calendrier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a date in the calendar (F4)</source>
        <translation>Choisir une date dans le calendrier (F4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{text}” is not a date: type it as 2026-11-20 or {example}</source>
        <translation>« {text} » n’est pas une date : tapez-la sous la forme 2026-11-20 ou {example}</translation>
    </message>
</context>
<context>
    <name>gcm</name>
    <message>
        <location filename="../../desktop/ui/gcm.py" line="+13"/>
        <source>Accurate and disaggregated data</source>
        <translation>Données exactes et ventilées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimize adverse drivers of migration</source>
        <translation>Réduire les facteurs négatifs de la migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accurate and timely information</source>
        <translation>Informations exactes et actualisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal identity and documentation</source>
        <translation>Identité juridique et papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathways for regular migration</source>
        <translation>Filières de migration régulière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair recruitment and decent work</source>
        <translation>Recrutement équitable et travail décent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce vulnerabilities in migration</source>
        <translation>Réduire les vulnérabilités liées à la migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save lives; missing migrants</source>
        <translation>Sauver des vies ; migrants disparus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response to smuggling of migrants</source>
        <translation>Lutte contre le trafic illicite de migrants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prevent and end trafficking in persons</source>
        <translation>Prévenir et éliminer la traite des personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrated border management</source>
        <translation>Gestion intégrée des frontières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening, assessment and referral</source>
        <translation>Contrôle, évaluation et orientation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention only as a last resort</source>
        <translation>Rétention en dernier ressort seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consular protection and assistance</source>
        <translation>Protection et assistance consulaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to basic services</source>
        <translation>Accès aux services de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusion and social cohesion</source>
        <translation>Inclusion et cohésion sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End discrimination; evidence-based discourse</source>
        <translation>Éliminer la discrimination ; débat fondé sur les faits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills development and recognition</source>
        <translation>Développement et reconnaissance des compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrants&apos; and diasporas&apos; contribution to development</source>
        <translation>Contribution des migrants et des diasporas au développement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheaper, safer remittances; financial inclusion</source>
        <translation>Envois de fonds moins chers et plus sûrs ; inclusion financière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe return and sustainable reintegration</source>
        <translation>Retour en sécurité et réintégration durable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portability of social security</source>
        <translation>Portabilité des droits de sécurité sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International cooperation and partnerships</source>
        <translation>Coopération internationale et partenariats</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="derived_strings.py" line="+3"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity activity</source>
        <translation>Activité de renforcement des capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity participation</source>
        <translation>Participation par institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country programme</source>
        <translation>Programme de pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator period</source>
        <translation>Période d&apos;indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge product</source>
        <translation>Produit de connaissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy status change</source>
        <translation>Changement de statut de politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="+17"/>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../desktop/ui/lists.py" line="+25"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <location line="+14"/>
        <location line="+15"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+27"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+43"/>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+31"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+90"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+90"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+14"/>
        <location line="+31"/>
        <location line="+15"/>
        <location line="+30"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Established</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Legal reference</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issued</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../desktop/ui/problems.py" line="+26"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required: a change cannot empty it</source>
        <translation>est obligatoire&#xa0;: une modification ne peut pas le vider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a kind of record</source>
        <translation>n’est pas un type de fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears twice</source>
        <translation>apparaît deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the trash; restore it before changing it</source>
        <translation>est dans la corbeille ; restaurez-le avant de le modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field of this kind of record</source>
        <translation>n’est pas un champ de ce type de fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text, not {type}</source>
        <translation>doit être du texte, pas {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>compte {length} caractères&#xa0;; {limit} au plus sont permis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse électronique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas l’une des valeurs&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date without a time</source>
        <translation>doit être une date sans heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number, not “{value}”</source>
        <translation>doit être un nombre, pas «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number, not {value}</source>
        <translation>doit être un nombre entier, pas {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {minimum}</source>
        <translation>doit valoir au moins {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at most {maximum}</source>
        <translation>doit valoir au plus {maximum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has more than 1,000 entries</source>
        <translation>compte plus de 1 000 entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry {entry}: {reason}</source>
        <translation>entrée {entry}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an SDG target such as 10.7</source>
        <translation>n’est pas une cible des ODD comme 10.7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un code de pays ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an ISO 4217 currency code</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to {kind} {target}, which does not exist</source>
        <translation>renvoie à {kind} {target}, qui n’existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to {kind} {target}, which is in the trash</source>
        <translation>renvoie à {kind} {target}, qui est dans la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to {kind} {target} of another country ({country})</source>
        <translation>renvoie à {kind} {target} d’un autre pays ({country})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is still used by {users}</source>
        <translation>est encore utilisé par {users}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot change while {count} {kind} record(s) belong to it; move or delete them first</source>
        <translation>ne peut pas changer tant que {count} fiche(s) {kind} lui appartiennent&#xa0;; déplacez-les ou supprimez-les d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot change while {count} attached file(s) belong to it; delete them first</source>
        <translation>ne peut pas changer tant que {count} fichier(s) joint(s) lui appartiennent&#xa0;; supprimez-les d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot become {country}: {user}, of {other}, refers to it</source>
        <translation>ne peut pas devenir {country}&#xa0;: {user}, de {other}, y renvoie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} ends ({last}) before it starts ({first})</source>
        <translation>{period} se termine ({last}) avant de commencer ({first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record cannot be its own parent</source>
        <translation>une fiche ne peut pas faire partie d’elle-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an approved work plan needs the date it was approved</source>
        <translation>un plan de travail approuvé demande sa date d’approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a work plan of {years} years is not plausible</source>
        <translation>un plan de travail de {years} ans n’est pas plausible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a budget or expenditure needs its currency (ISO 4217, e.g. USD)</source>
        <translation>un budget ou une dépense demande sa devise (ISO 4217, p. ex. USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women, men and others add up to {sum}, more than the total of {total}</source>
        <translation>femmes, hommes et autres font {sum}, plus que le total de {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women by institution add up to {sum}, more than the {count} women who took part</source>
        <translation>les femmes par institution font {sum}, plus que les {count} femmes qui ont participé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>men by institution add up to {sum}, more than the {count} men who took part</source>
        <translation>les hommes par institution font {sum}, plus que les {count} hommes qui ont participé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>others by institution add up to {sum}, more than the {count} others who took part</source>
        <translation>les autres par institution font {sum}, plus que les {count} autres qui ont participé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants by institution add up to {sum}, more than the total of {count}</source>
        <translation>les participants par institution font {sum}, plus que le total de {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a percentage baseline must be between 0 and 100</source>
        <translation>une valeur de référence en pourcentage doit être entre 0 et 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is neither Yes nor No</source>
        <translation>« {value} » n&apos;est ni Oui ni Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not in the list (see the sheet Code lists)</source>
        <translation>« {value} » n&apos;est pas dans la liste (voir la feuille Listes de codes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is a date with a time; give the date alone</source>
        <translation>« {value} » est une date avec une heure ; donnez la date seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>« {value} » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number, not Yes or No</source>
        <translation>doit être un nombre, pas Oui ou Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>« {value} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>« {value} » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an id Mainstream wrote; empty it on a new row</source>
        <translation>n&apos;est pas un identifiant écrit par Mainstream ; videz-le sur une nouvelle ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no {kind} is named &apos;{name}&apos; in this country or among global records</source>
        <translation>aucune fiche « {kind} » ne s&apos;appelle « {name} » dans ce pays ni parmi les fiches globales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no {kind} is named &apos;{name}&apos;</source>
        <translation>aucune fiche « {kind} » ne s&apos;appelle « {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} records of the kind {kind} are named &apos;{name}&apos;: pick the record by its id (the hidden column beside it) or make the names different</source>
        <translation>{count} fiches du type {kind} s&apos;appellent « {name} » : choisissez la fiche par son identifiant (la colonne masquée à côté) ou rendez les noms différents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the programme period</source>
        <translation>la période du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the membership</source>
        <translation>l’adhésion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the work plan</source>
        <translation>le plan de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the planned period</source>
        <translation>la période prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the actual period</source>
        <translation>la période réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the period</source>
        <translation>la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the activity</source>
        <translation>l’activité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is encrypted: give its passphrase</source>
        <translation>est chiffré&#xa0;: indiquez sa phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be opened with this passphrase (or it was altered)</source>
        <translation>ne s’ouvre pas avec cette phrase secrète (ou il a été modifié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a Mainstream exchange file</source>
        <translation>n’est pas un fichier d’échange Mainstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a Mainstream exchange file (it has no manifest.json)</source>
        <translation>n’est pas un fichier d’échange Mainstream (il n’a pas de manifest.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a Mainstream exchange file (an encrypted file inside an encrypted one)</source>
        <translation>n’est pas un fichier d’échange Mainstream (un fichier chiffré dans un fichier chiffré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not signed (it has no signature.json)</source>
        <translation>n’est pas signé (il n’a pas de signature.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a signature that does not verify (it was altered after it was signed)</source>
        <translation>a une signature qui ne se vérifie pas (il a été modifié après sa signature)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has an unreadable signature</source>
        <translation>a une signature illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has an unreadable encryption header</source>
        <translation>a un en-tête de chiffrement illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: its encrypted contents (payload.bin) are missing</source>
        <translation>est endommagé&#xa0;: son contenu chiffré (payload.bin) manque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: its manifest is not readable JSON</source>
        <translation>est endommagé&#xa0;: son manifeste n’est pas du JSON lisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: its list of parts is not readable</source>
        <translation>est endommagé&#xa0;: sa liste des parties est illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: part {part} is missing</source>
        <translation>est endommagé&#xa0;: la partie {part} manque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: part {part} does not match its checksum</source>
        <translation>est endommagé&#xa0;: la partie {part} ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not say which installation wrote it</source>
        <translation>ne dit pas quelle installation l’a écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not say when it was made</source>
        <translation>ne dit pas quand il a été fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not name the person who wrote it</source>
        <translation>ne nomme pas la personne qui l’a écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was exported from this installation: it holds nothing new for it</source>
        <translation>a été exporté depuis cette installation&#xa0;: il ne lui apporte rien de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was written by a newer Mainstream (database schema {schema}); update Mainstream to import it</source>
        <translation>a été écrit par un Mainstream plus récent (schéma de base {schema})&#xa0;; mettez Mainstream à jour pour l’importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>claims to come from {name}&apos;s installation but is signed with another key ({key}, not {known}): refused</source>
        <translation>dit venir de l’installation de {name} mais est signé avec une autre clé ({key}, et non {known})&#xa0;: refusé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is inconsistent: its manifest counts another number of changes</source>
        <translation>est incohérent&#xa0;: son manifeste compte un autre nombre de modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes &quot;{label}&quot; ({kind} {record}) of {country}, but its sender {name} is trusted here for {countries} only: refused</source>
        <translation>modifie «&#xa0;{label}&#xa0;» ({kind} {record}) de {country}, mais son expéditeur {name} n’a ici la confiance que pour {countries}&#xa0;: refusé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changes {kind} {record} of {country}, but its sender {name} is trusted here for {countries} only: refused</source>
        <translation>modifie {kind} {record} de {country}, mais son expéditeur {name} n’a ici la confiance que pour {countries}&#xa0;: refusé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comes from {name}, whom this installation stopped trusting on {day}: trust them again first to import it</source>
        <translation>vient de {name}, à qui cette installation a retiré sa confiance le {day}&#xa0;: refaites-lui d’abord confiance pour l’importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds a change of {kind} {record} by installation {device} ({at} UTC) that its author did not sign: refused</source>
        <translation>contient une modification de {kind} {record} par l’installation {device} ({at} UTC) que son auteur n’a pas signée&#xa0;: refusé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds a change of {kind} {record} by installation {device} ({at} UTC) that is not the one its author signed: refused</source>
        <translation>contient une modification de {kind} {record} par l’installation {device} ({at} UTC) qui n’est pas celle que son auteur a signée&#xa0;: refusé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds a change of {kind} {record} by installation {device} ({at} UTC) that is not signed by that installation&apos;s key (altered, or made in its name by someone else): refused</source>
        <translation>contient une modification de {kind} {record} par l’installation {device} ({at} UTC) qui n’est pas signée par la clé de cette installation (altérée, ou faite en son nom par quelqu’un d’autre)&#xa0;: refusé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds a change of {kind} {record} by installation {device} ({at} UTC) whose operation cannot be checked: refused</source>
        <translation>contient une modification de {kind} {record} par l’installation {device} ({at} UTC) dont l’opération ne peut pas être vérifiée&#xa0;: refusé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is damaged: line {line} of its authors&apos; signatures is not JSON</source>
        <translation>est endommagé&#xa0;: la ligne {line} des signatures de ses auteurs n’est pas du JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: line {line} of its authors&apos; signatures is not one</source>
        <translation>est endommagé&#xa0;: la ligne {line} des signatures de ses auteurs n’en est pas une</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is inconsistent: its authors&apos; signatures name one operation twice (line {line})</source>
        <translation>est incohérent&#xa0;: les signatures de ses auteurs nomment deux fois une même opération (ligne {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is inconsistent: its manifest&apos;s authors are not a list of installations and keys</source>
        <translation>est incohérent&#xa0;: les auteurs de son manifeste ne sont pas une liste d’installations et de clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is inconsistent: its manifest&apos;s former ids are not a list of installation ids</source>
        <translation>est incohérent&#xa0;: les anciens identifiants de son manifeste ne sont pas une liste d’identifiants d’installation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is too large for a workbook ({size}; at most {limit})</source>
        <translation>est trop grand pour un classeur ({size} ; au plus {limit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is password-protected or an old Excel 97-2003 file: save it as an Excel workbook (.xlsx) without a password and import that</source>
        <translation>est protégé par un mot de passe ou est un ancien fichier Excel 97-2003 : enregistrez-le comme classeur Excel (.xlsx) sans mot de passe et importez celui-ci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a macro-enabled workbook: save it as an Excel workbook (.xlsx) and import that</source>
        <translation>est un classeur avec macros : enregistrez-le comme classeur Excel (.xlsx) et importez celui-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a workbook (.xlsx or .ods)</source>
        <translation>n&apos;est pas un classeur (.xlsx ou .ods)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a workbook (.xlsx or .ods): it is damaged or not a spreadsheet</source>
        <translation>n&apos;est pas un classeur (.xlsx ou .ods) : il est endommagé ou n&apos;est pas un tableur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has too many parts (over {count}) to be a workbook</source>
        <translation>a trop de parties (plus de {count}) pour être un classeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is encrypted: save it without a password and import that</source>
        <translation>est chiffré : enregistrez-le sans mot de passe et importez celui-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large when unpacked (a part expands over {ratio} times: a zip bomb?)</source>
        <translation>est trop grand une fois décompressé (une partie grossit plus de {ratio} fois : une bombe zip ?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large when unpacked (over {size})</source>
        <translation>est trop grand une fois décompressé (plus de {size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds macros: save it as a spreadsheet without macros (.ods or .xlsx) and import that</source>
        <translation>contient des macros : enregistrez-le comme tableur sans macros (.ods ou .xlsx) et importez celui-ci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not be read as a workbook ({details})</source>
        <translation>n&apos;a pas pu être lu comme classeur ({details})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no sheet named after a kind of record (Institution, Activity, ...)</source>
        <translation>n&apos;a aucune feuille portant le nom d&apos;un type de fiche (Institution, Activité, ...)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no file from {partner} was ever imported here; export everything instead</source>
        <translation>aucun fichier de {partner} n’a jamais été importé ici&#xa0;; exportez plutôt tout</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{kind}, {field}: {reason}</source>
        <translation>{kind}, {field}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {reason}</source>
        <translation>{kind}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <location filename="../../desktop/sheets/words.py" line="+54"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code lists</source>
        <translation>Listes de codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s id: leave it as it is. Empty on a new row.</source>
        <translation>L&apos;identifiant de la fiche : ne le changez pas. Vide sur une nouvelle ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text.</source>
        <translation>Texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A date (YYYY-MM-DD).</source>
        <translation>Une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number.</source>
        <translation>Un nombre entier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number.</source>
        <translation>Un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the list (see the sheet Code lists).</source>
        <translation>Une valeur de la liste (voir la feuille Listes de codes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several of the list (see the sheet Code lists), separated by ;</source>
        <translation>Plusieurs valeurs de la liste (voir la feuille Listes de codes), séparées par ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several, separated by ;</source>
        <translation>Plusieurs, séparés par ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes or No.</source>
        <translation>Oui ou Non.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of a record of the kind {kind}, as Mainstream shows it.</source>
        <translation>Le nom d&apos;une fiche du type {kind}, tel que Mainstream l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of records of the kind {kind}, separated by ;</source>
        <translation>Noms de fiches du type {kind}, séparés par ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166 alpha-3 code; empty on a new row: the workbook&apos;s country.</source>
        <translation>Code ISO 3166 alpha-3 ; vide sur une nouvelle ligne : le pays du classeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of the record named in the column before: leave it as it is.</source>
        <translation>L&apos;identifiant de la fiche nommée dans la colonne précédente : ne le changez pas.</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="+96"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <location filename="../../desktop/ui/translations.py" line="-7"/>
        <source>The new language is used from the next start of Mainstream.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Mainstream.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
</TS>
