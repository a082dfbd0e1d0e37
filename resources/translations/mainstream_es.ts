<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Añadido el</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location line="+20"/>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;file…</source>
        <translation>Añadir &amp;archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No files attached. “Add file…” or drop files here.</source>
        <translation>No hay archivos adjuntos. “Añadir archivo…” o suelte archivos aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record first, then attach files to it.</source>
        <translation>Guarde primero el registro y luego adjúntele archivos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach {names}</source>
        <translation>Adjuntar {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attaching files</source>
        <translation>Adjuntando archivos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving a copy</source>
        <translation>Guardando una copia</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No program on this computer opens “{name}”; save a copy and open it from there.</source>
        <translation>Ningún programa de este equipo abre “{name}”; guarde una copia y ábrala desde allí.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send “{name}” to the trash? You can restore it from the Trash page, or undo with Ctrl+Z.</source>
        <translation>¿Enviar “{name}” a la papelera? Puede restaurarlo desde la página Papelera o deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removing</source>
        <translation>Quitando</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="+79"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delayed</source>
        <translation>retrasada</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Vencida hace %Ln día</numerusform>
            <numerusform>Vencida hace %Ln días</numerusform>
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
            <numerusform>%Ln día después del fin previsto</numerusform>
            <numerusform>%Ln días después del fin previsto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked as delayed</source>
        <translation>Marcada como retrasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No actual reported for the last period</source>
        <translation>Ningún valor real registrado para el último período</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="+56"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of daily copies to keep</source>
        <translation>Días de copias diarias que conservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep a daily copy for:</source>
        <translation>Conse&amp;rvar una copia diaria durante:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;backups</source>
        <translation>Mostrar las copia&amp;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first time Mainstream opens a database on a day, it copies it to this computer&apos;s folder below and removes that database&apos;s copies older than this.</source>
        <translation>La primera vez que Mainstream abre una base de datos en el día, la copia en la carpeta de este ordenador que figura abajo y elimina las copias de esa base más antiguas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copies in:</source>
        <translation>Copias en:</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="+43"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Back to {record} (Alt+Left)</source>
        <translation>Volver a {record} (Alt+Izquierda)</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <location filename="../../desktop/ui/children_panel.py" line="+57"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutions present</source>
        <translation>Instituciones presentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions and action points</source>
        <translation>Decisiones y puntos de acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets and actuals by period</source>
        <translation>Metas y valores reales por período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants by institution</source>
        <translation>Participantes por institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant list</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../desktop/ui/conflicts_page.py" line="+130"/>
        <source>Fields changed on two installations, each without knowing of the other&apos;s change. The later change is in force, the same on every installation; the other value is kept here. Keep one or type another: your choice reaches the others with your next exchange file.</source>
        <translation>Campos modificados en dos instalaciones, cada una sin conocer el cambio de la otra. El cambio más reciente está en vigor, el mismo en todas las instalaciones; el otro valor se conserva aquí. Conserve uno o escriba otro: su elección llegará a los demás con su próximo archivo de intercambio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conflicts: every field agrees with the changes received.</source>
        <translation>Sin conflictos: todos los campos concuerdan con los cambios recibidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settle this conflict</source>
        <translation>Resolver este conflicto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Another value:</source>
        <translation>&amp;Otro valor:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep the chosen value</source>
        <translation>&amp;Conservar el valor elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;record</source>
        <translation>Abrir el &amp;registro</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;{record}&lt;/b&gt; — {field}</source>
        <translation>&lt;b&gt;{record}&lt;/b&gt; — {field}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“{value}” — set by {user} on {when}, in force</source>
        <translation>«{value}» — introducido por {user} el {when}, en vigor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” — set by {user} on {when}</source>
        <translation>«{value}» — introducido por {user} el {when}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing to undo (history cleared by settling a conflict)</source>
        <translation>Nada que deshacer (historial borrado al resolver un conflicto)</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="+68"/>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In this country</source>
        <translation>En este país</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared (global)</source>
        <translation>Compartidos (global)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="+66"/>
        <location line="+9"/>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} bn</source>
        <translation>{value}&#xa0;mil M</translation>
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
        <translation>Estado del panel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active committees</source>
        <translation>Comités activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open decisions</source>
        <translation>Decisiones abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average activity progress</source>
        <translation>Avance medio de las actividades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget execution</source>
        <translation>Ejecución presupuestaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policies by status</source>
        <translation>Políticas por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-plan activities by status</source>
        <translation>Actividades del plan de trabajo por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+234"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>People trained by sex</source>
        <translation>Personas capacitadas por sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget spent, per currency</source>
        <translation>Presupuesto gastado, por moneda</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Overview dashboard</source>
        <translation>Panel del resumen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not compute the figures: {error}</source>
        <translation>No se pudieron calcular las cifras: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As of {date}</source>
        <translation>Al {date}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview — {place}</source>
        <translation>Resumen — {place}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No committees recorded for {place} yet</source>
        <translation>Aún no hay comités registrados para {place}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No committees recorded yet</source>
        <translation>Aún no hay comités registrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decisions recorded for {place} yet</source>
        <translation>Aún no hay decisiones registradas para {place}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No decisions recorded yet</source>
        <translation>Aún no hay decisiones registradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No work-plan activities recorded for {place} yet</source>
        <translation>Aún no hay actividades del plan de trabajo registradas para {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No work-plan activities recorded yet</source>
        <translation>Aún no hay actividades del plan de trabajo registradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No budgets recorded for {place} yet</source>
        <translation>Aún no hay presupuestos registrados para {place}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No budgets recorded yet</source>
        <translation>Aún no hay presupuestos registrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No trainings recorded for {place} yet</source>
        <translation>Aún no hay capacitaciones registradas para {place}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No trainings recorded yet</source>
        <translation>Aún no hay capacitaciones registradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No policies recorded for {place} yet</source>
        <translation>Aún no hay políticas registradas para {place}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No policies recorded yet</source>
        <translation>Aún no hay políticas registradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No indicators recorded for {place} yet</source>
        <translation>Aún no hay indicadores registrados para {place}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No indicators recorded yet</source>
        <translation>Aún no hay indicadores registrados</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln meeting(s) in the last 12 months</source>
        <translation>
            <numerusform>%Ln reunión en los últimos 12 meses</numerusform>
            <numerusform>%Ln reuniones en los últimos 12 meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln decision(s) in all</source>
        <translation>
            <numerusform>%Ln decisión en total</numerusform>
            <numerusform>%Ln decisiones en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln vencida</numerusform>
            <numerusform>%Ln vencidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none overdue</source>
        <translation>ninguna vencida</translation>
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
            <numerusform>en %Ln actividad</numerusform>
            <numerusform>en %Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %Ln work plan(s)</source>
        <translation>
            <numerusform>de %Ln plan de trabajo</numerusform>
            <numerusform>de %Ln planes de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{currency} {spent} spent of {planned}</source>
        <translation>{currency} {spent} gastados de {planned}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{share} women · %Ln activities</source>
        <translation>
            <numerusform>{share} mujeres · %Ln actividad</numerusform>
            <numerusform>{share} mujeres · %Ln actividades</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no currency)</source>
        <translation>(sin moneda)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In drafting</source>
        <translation>En redacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under implementation</source>
        <translation>En implementación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Indicators: on track by the latest actual, {years}</source>
        <translation>Indicadores: en buen camino según el último valor real, {years}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On track</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other or undisclosed</source>
        <translation>Otro o no indicado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{currency}  {spent} of {planned} ({share})</source>
        <translation>{currency}  {spent} de {planned} ({share})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet spent</source>
        <translation>Aún no gastado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention ({n})</source>
        <translation>Requiere atención ({n})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>— showing the %Ln oldest, up to {limit} of each kind</source>
        <translation>
            <numerusform>— se muestra el más antiguo, hasta {limit} de cada tipo</numerusform>
            <numerusform>— se muestran los %Ln más antiguos, hasta {limit} de cada tipo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing needs attention in {place} right now.</source>
        <translation>Nada requiere atención en {place} por ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needs attention right now.</source>
        <translation>Nada requiere atención por ahora.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop/ui/exchange_common.py" line="+24"/>
        <source>Reading the changes…</source>
        <translation>Leyendo los cambios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the changes…</source>
        <translation>Escribiendo los cambios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the file and its signature…</source>
        <translation>Comprobando el archivo y su firma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every change in the file…</source>
        <translation>Comprobando cada cambio del archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working out what the file would do…</source>
        <translation>Calculando lo que haría el archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up the database…</source>
        <translation>Copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging the changes…</source>
        <translation>Fusionando los cambios…</translation>
    </message>
</context>
<context>
    <name>ExchangeNotices</name>
    <message>
        <location filename="../../desktop/exchange/notices.py" line="+29"/>
        <source>no country</source>
        <translation>ningún país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look first: the sender holds changes of this installation (up to {when} UTC) that it lacks: it was restored from a backup, or copied. It now goes on under a new installation id, {new_id}; send the sender a file, and their next file brings back what was lost.</source>
        <translation>Revise primero: el remitente tiene cambios de esta instalación (hasta el {when} UTC) que a ella le faltan: se restauró de una copia de seguridad, o se copió. Ahora sigue con un nuevo identificador de instalación, {new_id}; envíe un archivo al remitente, y su próximo archivo traerá de vuelta lo perdido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look first: the sender holds changes of this installation (up to {when} UTC) that it lacks: it was restored from a backup, or copied. Importing gives it a new installation id, so that its partners send back what was lost.</source>
        <translation>Revise primero: el remitente tiene cambios de esta instalación (hasta el {when} UTC) que a ella le faltan: se restauró de una copia de seguridad, o se copió. Al importar recibe un nuevo identificador de instalación, para que sus socios le devuelvan lo perdido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look first: deletes {count} of the {total} records here, claimed to be by {names}.</source>
        <translation>Revise primero: elimina {count} de las {total} fichas de aquí, a nombre de {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look first: moves {kind} {record} from {before} to {after}, claimed to be by {name}.</source>
        <translation>Revise primero: traslada {kind} {record} de {before} a {after}, a nombre de {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look first: and {count} more records moved to another country.</source>
        <translation>Revise primero: y {count} fichas más trasladadas a otro país.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look first: settles {count} conflict(s) kept here, claimed to be by {names}.</source>
        <translation>Revise primero: resuelve {count} conflicto(s) guardado(s) aquí, a nombre de {names}.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../desktop/ui/exchange_page.py" line="+64"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key fingerprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted for</source>
        <translation>Confianza para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last file received</source>
        <translation>Último archivo recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last file sent</source>
        <translation>Último archivo enviado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tr&amp;ust for…</source>
        <translation>Confiar pa&amp;ra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say whose records the selected partner&apos;s files may change</source>
        <translation>Decir qué fichas pueden cambiar los archivos del socio elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop trusting…</source>
        <translation>Retirar la confian&amp;za…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the selected partner&apos;s files from now on</source>
        <translation>Rechazar desde ahora los archivos del socio elegido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No partners yet: the installations you import files from are listed here, with their key.</source>
        <translation>Aún no hay socios: las instalaciones de las que importa archivos aparecen aquí, con su clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Partners&lt;/b&gt;</source>
        <translation>&lt;b&gt;Socios&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>You are &lt;b&gt;{name}&lt;/b&gt; on this installation. Its key fingerprint is &lt;tt&gt;&lt;b&gt;{fingerprint}&lt;/b&gt;&lt;/tt&gt;: read it to partners when they import your first file.</source>
        <translation>Usted es &lt;b&gt;{name}&lt;/b&gt; en esta instalación. La huella de su clave es &lt;tt&gt;&lt;b&gt;{fingerprint}&lt;/b&gt;&lt;/tt&gt;: léasela a sus socios cuando importen su primer archivo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nobody: stopped on {day}</source>
        <translation>nadie: retirada el {day}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Installation {device}</source>
        <translation>Instalación {device}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stop trusting</source>
        <translation>Retirar la confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse every file from {name} from now on? What they sent before stays. You can trust them again later.</source>
        <translation>¿Rechazar desde ahora todo archivo de {name}? Lo que envió antes se queda. Podrá volver a confiar en él más tarde.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/workbooks.py" line="+60"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of {country} and global records, one sheet per kind.</source>
        <translation>Registros de {country} y registros globales, una hoja por tipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language of the headers:</source>
        <translation>&amp;Idioma de los encabezados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A blank &amp;template (the sheets and their lists, no records)</source>
        <translation>Una &amp;plantilla en blanco (las hojas y sus listas, sin registros)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/ui/history_models.py" line="+105"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields changed</source>
        <translation>Campos modificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="+113"/>
        <source>Changes, newest first</source>
        <translation>Cambios, los más recientes primero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details of the selected change</source>
        <translation>Detalles del cambio seleccionado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h2&gt;History&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Historial&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+150"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+1"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, name or code (Ctrl+F)</source>
        <translation>Título, nombre o código (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Tipo de registro:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person who made the change</source>
        <translation>Persona que hizo el cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes from this date</source>
        <translation>Cambios desde esta fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes up to this date</source>
        <translation>Cambios hasta esta fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record title, name or code</source>
        <translation>Título, nombre o código del registro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show &amp;all changes</source>
        <translation>Mostrar &amp;todos los cambios</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>History of this &amp;record only</source>
        <translation>Historial de este registro s&amp;olo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only the history of one record.</source>
        <translation>Solo el historial de un registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the history of {kind} “{label}”.</source>
        <translation>Solo el historial de {kind} “{label}”.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{action} {kind} “{label}” — {user}, {when}, device {device}</source>
        <translation>{action}: {kind} “{label}” — {user}, {when}, dispositivo {device}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n campo modificado.</numerusform>
            <numerusform>%n campos modificados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value when created</source>
        <translation>Valor al crearse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created with these values; empty fields are left out.</source>
        <translation>Creado con estos valores; no se muestran los campos vacíos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) went to the trash together (trash group {group}).</source>
        <translation>
            <numerusform>%n registro se envió a la papelera (grupo {group}).</numerusform>
            <numerusform>%n registros se enviaron juntos a la papelera (grupo {group}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) came back from the trash together (trash group {group}).</source>
        <translation>
            <numerusform>%n registro volvió de la papelera (grupo {group}).</numerusform>
            <numerusform>%n registros volvieron juntos de la papelera (grupo {group}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No change selected</source>
        <translation>Ningún cambio seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a change to see what it did.</source>
        <translation>Seleccione un cambio para ver qué hizo.</translation>
    </message>
</context>
<context>
    <name>IatiFile</name>
    <message>
        <location filename="../../desktop/ui/iati_file.py" line="+32"/>
        <source>Choose a country first: an IATI file holds one country&apos;s work plans.</source>
        <translation>Elija primero un país: un archivo IATI contiene los planes de trabajo de un solo país.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the IATI file</source>
        <translation>Guardar el archivo IATI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IATI XML files (*.xml);;All files (*)</source>
        <translation>Archivos XML IATI (*.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the IATI file {path}: {count} activities, valid against the IATI 2.03 schema.</source>
        <translation>Archivo IATI guardado como {path}: {count} actividades, válido según el esquema IATI 2.03.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No IATI file was written: {reason}</source>
        <translation>No se escribió ningún archivo IATI: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved as {path}: {reason}</source>
        <translation>No se guardó como {path}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the IATI file</source>
        <translation>Escribiendo el archivo IATI</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/ui/list_page.py" line="+48"/>
        <source>Search by title or code (Ctrl+F)</source>
        <translation>Buscar por título o código (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search {title}</source>
        <translation>Buscar en {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogframeDialog</name>
    <message>
        <location filename="../../desktop/ui/logframe_dialog.py" line="+43"/>
        <source>Number (1, 1.1, 1.1.1)</source>
        <translation>Número (1, 1.1, 1.1.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result or activity</source>
        <translation>Resultado o actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level (outcome, output, activity)</source>
        <translation>Nivel (efecto, producto, actividad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline year</source>
        <translation>Año de la línea de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible agency</source>
        <translation>Agencia responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a logframe</source>
        <translation>Importar un marco lógico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A work plan of {country} from the sheet {sheet} of {file}. Check which column holds what:</source>
        <translation>Un plan de trabajo de {country} a partir de la hoja {sheet} de {file}. Compruebe qué contiene cada columna:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title of the work plan:</source>
        <translation>&amp;Título del plan de trabajo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Responsible, where the sheet does not say:</source>
        <translation>&amp;Responsable, donde la hoja no lo indica:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Targets by year:</source>
        <translation>Metas por año:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no column with a year)</source>
        <translation>(ninguna columna con un año)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
</context>
<context>
    <name>LogframeImport</name>
    <message>
        <location line="+25"/>
        <source>Logframe</source>
        <translation>Marco lógico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a country first: the work plan is made for the country shown.</source>
        <translation>Elija primero un país: el plan de trabajo se crea para el país mostrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Import a logframe</source>
        <translation>Importar un marco lógico</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Libros (*.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>Reading the logframe</source>
        <translation>Leyendo el marco lógico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing can be imported from {file}:</source>
        <translation>No se puede importar nada de {file}:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The logframe makes these records: {made}. Import them?</source>
        <translation>El marco lógico crea estos registros: {made}. ¿Importarlos?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to undo (history cleared by the import of {file})</source>
        <translation>Nada que deshacer (historial borrado por la importación de {file})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported the logframe {file}: {made}.</source>
        <translation>Marco lógico {file} importado: {made}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing the logframe</source>
        <translation>Importando el marco lógico</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+85"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+292"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records held</source>
        <translation>Registros guardados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policies and frameworks</source>
        <translation>Políticas y marcos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Work plans</source>
        <translation>Planes de trabajo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work-plan activities</source>
        <translation>Actividades de los planes de trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Capacity building</source>
        <translation>Fortalecimiento de capacidades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Knowledge &amp; practices</source>
        <translation>Conocimiento y prácticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Knowledge products</source>
        <translation>Productos de conocimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Good practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stakeholders</source>
        <translation>Partes interesadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send and receive</source>
        <translation>Enviar y recibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+185"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;This database is empty.&lt;/b&gt; To look around first, &lt;a href=&apos;demo&apos;&gt;load the illustrative demo data&lt;/a&gt; (Help &amp;gt; Load Demo Data; five countries, nothing real about the people or figures). To start your own records, choose your country above (and make it the default in &lt;a href=&apos;settings&apos;&gt;Settings&lt;/a&gt;), then a page on the left.</source>
        <translation>&lt;b&gt;Esta base de datos está vacía.&lt;/b&gt; Para conocerla primero, &lt;a href=&apos;demo&apos;&gt;cargue los datos de demostración&lt;/a&gt; (Ayuda &amp;gt; Cargar datos de demostración; cinco países, personas y cifras ficticias). Para empezar sus propios registros, elija su país arriba (y hágalo el país predeterminado en &lt;a href=&apos;settings&apos;&gt;Configuración&lt;/a&gt;) y luego una página a la izquierda.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Empty Database…</source>
        <translation>&amp;Nueva base de datos vacía…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Guardar una copia de la base de datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importar desde Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a &amp;Logframe…</source>
        <translation>Importar un marco &amp;lógico…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;Demo Data</source>
        <translation>Cargar datos de &amp;demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Mainstream</source>
        <translation>&amp;Acerca de Mainstream</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database backed up to {path}</source>
        <translation>Copia de la base de datos guardada en {path}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{page} ({count})</source>
        <translation>{page} ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts ({count})</source>
        <translation>Conflictos ({count})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Report saved as {path}</source>
        <translation>Informe guardado como {path}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to undo (history cleared by loading the demo data)</source>
        <translation>Nada que deshacer (historial borrado al cargar los datos de demostración)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the demo data</source>
        <translation>Cargando los datos de demostración</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Mainstream</source>
        <translation>Acerca de Mainstream</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&lt;p&gt;&lt;b&gt;Mainstream&lt;/b&gt; keeps the records of the IOM–UNDP joint programme &lt;i&gt;Mainstreaming Migration into National Development Strategies&lt;/i&gt;, offline.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mainstream&lt;/b&gt; lleva, sin conexión, los registros del programa conjunto OIM–PNUD &lt;i&gt;Integración de la migración en las estrategias nacionales de desarrollo&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Base de datos: {path}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>Demo data loaded: %Ln record(s) added.</source>
        <translation>
            <numerusform>Datos de demostración cargados: %Ln registro añadido.</numerusform>
            <numerusform>Datos de demostración cargados: %Ln registros añadidos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>version {version}</source>
        <translation>versión {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Log file (what went wrong unexpectedly): {path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Archivo de registro (lo que falló de forma inesperada): {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes are not saved yet. Leave them and lose them?</source>
        <translation>Algunos cambios aún no se han guardado. ¿Salir y perderlos?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The daily copy of the database could not be made: {reason}</source>
        <translation>No se pudo hacer la copia diaria de la base de datos: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is already open.</source>
        <translation>{path} ya está abierta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to undo (history cleared on opening {file})</source>
        <translation>Nada que deshacer (historial borrado al abrir {file})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Settings saved. Your changes are now recorded as {name}.</source>
        <translation>Configuración guardada. Sus cambios se registran ahora a nombre de {name}.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/overview_page.py" line="+12"/>
        <source>Records by kind</source>
        <translation>Registros por tipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;What this database holds&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Contenido de esta base de datos&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>PartnerTrust</name>
    <message>
        <location filename="../../desktop/ui/partner_trust.py" line="+30"/>
        <source>every country</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared records only</source>
        <translation>solo fichas compartidas</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../desktop/ui/period_grid.py" line="+123"/>
        <source>Period starts</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period ends</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarts</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;nds</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PeriodGrid</name>
    <message>
        <location line="+70"/>
        <source>Targets and actuals by period</source>
        <translation>Metas y valores reales por período</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per period. Type a number in a cell to save it; Enter goes down, Tab across, Delete empties a cell, Ctrl+Tab leaves the grid.</source>
        <translation>Una fila por período. Escriba un número en una celda para guardarlo; Intro baja, Tab avanza, Supr vacía una celda, Ctrl+Tab sale de la cuadrícula.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a number in a cell to save it: Enter goes down, Tab across, Delete empties a cell, Ctrl+Z undoes. Green actuals reach their target, red ones fall short.</source>
        <translation>Escriba un número en una celda para guardarlo: Intro baja, Tab avanza, Supr vacía una celda, Ctrl+Z deshace. Los valores reales en verde alcanzan su meta; los rojos se quedan cortos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+67"/>
        <source>No periods yet. “Add period…” starts the first one.</source>
        <translation>Aún no hay períodos. “Añadir período…” crea el primero.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Add &amp;period…</source>
        <translation>Añadir &amp;período…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+234"/>
        <source>Remove period</source>
        <translation>Quitar el período</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Save the indicator first, then add its periods.</source>
        <translation>Guarde primero el indicador y luego añada sus períodos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Measure: {measure}</source>
        <translation>Medida: {measure}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>baseline {value} in {year}</source>
        <translation>línea de base {value} en {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline {value}</source>
        <translation>línea de base {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not disaggregated by sex (tick “Disaggregated by sex” above and save to add columns for each sex)</source>
        <translation>no desglosado por sexo (marque “Desglosado por sexo” arriba y guarde para añadir columnas por sexo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit {cell}, {period}</source>
        <translation>Editar {cell}, {period}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+74"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>{cell}, {period}</source>
        <translation>{cell}, {period}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {where}: {reason} (typed “{typed}”).</source>
        <translation>No guardado: {where}: {reason} (se escribió “{typed}”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: {where}: {reason}.</source>
        <translation>No guardado: {where}: {reason}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The period {period} is already in the grid.</source>
        <translation>El período {period} ya está en la cuadrícula.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add period {period}</source>
        <translation>Añadir el período {period}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period not added: {reason}</source>
        <translation>Período no añadido: {reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Send the period {period}, with its targets and actuals, to the trash? Ctrl+Z brings it back.</source>
        <translation>¿Enviar el período {period}, con sus metas y valores reales, a la papelera? Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period not removed: {reason}</source>
        <translation>Período no quitado: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove period {period}</source>
        <translation>Quitar el período {period}</translation>
    </message>
</context>
<context>
    <name>PeriodModel</name>
    <message>
        <location filename="../../desktop/ui/period_model.py" line="+219"/>
        <source>On track: the actual reaches the target</source>
        <translation>Según lo previsto: el valor real alcanza la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track: the actual falls short of the target</source>
        <translation>Desviado: el valor real no alcanza la meta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Period</source>
        <translation>Período</translation>
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
        <translation>Importar desde Excel</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n cell(s) refused: nothing can be imported. They are marked in {path}: fix them there and import that copy.</source>
        <translation>
            <numerusform>%n celda rechazada: no se puede importar nada. Está marcada en {path}: corríjala allí e importe esa copia.</numerusform>
            <numerusform>%n celdas rechazadas: no se puede importar nada. Están marcadas en {path}: corríjalas allí e importe esa copia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workbook creates and changes these records. Import them?</source>
        <translation>El libro crea y modifica estos registros. ¿Importarlos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database as it is now is backed up first.</source>
        <translation>Primero se hace una copia de la base de datos tal como está ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook holds no change: nothing to import.</source>
        <translation>El libro no contiene ningún cambio: nada que importar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kind}: {new} new, {changed} changed, {same} unchanged</source>
        <translation>{kind}: {new} nuevos, {changed} modificados, {same} sin cambios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheet {sheet}, row {row}, column {column}: {reason}</source>
        <translation>Hoja {sheet}, fila {row}, columna {column}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet {sheet}, row {row}: {reason}</source>
        <translation>Hoja {sheet}, fila {row}: {reason}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/translations.py" line="+43"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <location filename="../../desktop/ui/exchange_receive.py" line="+89"/>
        <source>Receive changes</source>
        <translation>Recibir cambios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open an exchange file…</source>
        <translation>A&amp;brir un archivo de intercambio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of the file</source>
        <translation>Frase de contraseña del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only for an encrypted file</source>
        <translation>solo para un archivo cifrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;assphrase:</source>
        <translation>Frase de c&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file would do</source>
        <translation>Lo que haría el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Restaurados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In conflict</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose the file</source>
        <translation>&amp;Cerrar el archivo</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open an exchange file</source>
        <translation>Abrir un archivo de intercambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mainstream exchange files (*.mxf);;All files (*)</source>
        <translation>Archivos de intercambio de Mainstream (*.mxf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is a folder: open the exchange file inside it.</source>
        <translation>{name} es una carpeta: abra el archivo de intercambio que contiene.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the exchange file</source>
        <translation>Comprobación del archivo de intercambio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing has changed yet. Import to apply the file as shown above.</source>
        <translation>Todavía no ha cambiado nada. Importe para aplicar el archivo como se muestra arriba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do: this file holds no changes.</source>
        <translation>Nada que hacer: este archivo no contiene cambios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do: all {count} changes in this file are here already.</source>
        <translation>Nada que hacer: los {count} cambios de este archivo ya están aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: nothing was changed.</source>
        <translation>Detenido: no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reason} Type the passphrase the sender gave you and press Enter.</source>
        <translation>{reason} Escriba la frase de contraseña que le dio el remitente y pulse Intro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another key</source>
        <translation>Otra clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file claims to come from {name}, but it is signed with another key than their earlier files:

{fingerprint}

If {name} lost their key and made a new one, ask them to read you the fingerprint now shown on their Exchange page. Accept the new key only if it is this one: otherwise the file is someone else&apos;s.</source>
        <translation>Este archivo dice venir de {name}, pero está firmado con otra clave que sus archivos anteriores:

{fingerprint}

Si {name} perdió su clave y creó una nueva, pídale que le lea la huella que muestra ahora su página Intercambio. Acepte la nueva clave solo si es esta: si no, el archivo es de otra persona.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>They match: accept the new key</source>
        <translation>Coinciden: aceptar la nueva clave</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; from &lt;b&gt;{name}&lt;/b&gt;, written {when} ({covers}; encrypted).</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; de &lt;b&gt;{name}&lt;/b&gt;, escrito el {when} ({covers}; cifrado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; from &lt;b&gt;{name}&lt;/b&gt;, written {when} ({covers}).</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; de &lt;b&gt;{name}&lt;/b&gt;, escrito el {when} ({covers}).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Refused: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>every country</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key fingerprint: &lt;tt&gt;{fingerprint}&lt;/tt&gt;</source>
        <translation>Huella de la clave: &lt;tt&gt;{fingerprint}&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:#8a5300&apos;&gt;&lt;b&gt;First file from this sender.&lt;/b&gt; Before importing, ask {name} to read you the fingerprint shown on their Exchange page, and compare.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5300&apos;&gt;&lt;b&gt;Primer archivo de este remitente.&lt;/b&gt; Antes de importar, pida a {name} que le lea la huella que aparece en su página de Intercambio, y compárelas.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A new sender</source>
        <translation>Un remitente nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the first file from {name}. Its key fingerprint is:

{fingerprint}

Accept it only if {name} reads you the same fingerprint from their Exchange page. Later files from them are then recognised, and a file claiming to be theirs but signed with another key is refused.</source>
        <translation>Es el primer archivo de {name}. La huella de su clave es:

{fingerprint}

Acéptelo solo si {name} le lee la misma huella desde su página de Intercambio. Sus archivos siguientes se reconocerán, y se rechazará un archivo que diga ser suyo pero esté firmado con otra clave.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not imported: the sender was not accepted.</source>
        <translation>No importado: no se aceptó al remitente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing the exchange file</source>
        <translation>Importación del archivo de intercambio</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nothing to undo (history cleared by the import of {file})</source>
        <translation>Nada que deshacer (historial borrado por la importación de {file})</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The installation of {name} under a new id (restored from a backup, or copied), signed with the key you trusted.</source>
        <translation>La instalación de {name} con un nuevo identificador (restaurada de una copia de seguridad, o copiada), firmada con la clave en la que usted confía.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&apos;color:#8a5300&apos;&gt;&lt;b&gt;A new key for {name}.&lt;/b&gt; Importing keeps it in place of the old one: their later files must be signed with it.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5300&apos;&gt;&lt;b&gt;Una nueva clave para {name}.&lt;/b&gt; Al importar, sustituye a la anterior: sus archivos siguientes deberán estar firmados con ella.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trusted here for: {countries}</source>
        <translation>Confianza aquí para: {countries}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Their files may then change the records of the countries this file covers ({countries}), and shared records. Trust them for every country only if they are headquarters.</source>
        <translation>Sus archivos podrán entonces cambiar las fichas de los países que cubre este archivo ({countries}) y las fichas compartidas. Confíe en él para todos los países solo si es la sede.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They match: trust for {countries}</source>
        <translation>Coinciden: confiar para {countries}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They match: trust for every country</source>
        <translation>Coinciden: confiar para todos los países</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Imported. The database as it was just before is kept in {backup}.</source>
        <translation>Importado. La base de datos tal como estaba justo antes se conserva en {backup}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln field(s) were edited on both sides: see the Conflicts tab.</source>
        <translation>
            <numerusform>%Ln campo se modificó en ambos lados: vea la pestaña Conflictos.</numerusform>
            <numerusform>%Ln campos se modificaron en ambos lados: vea la pestaña Conflictos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln record(s) now break a rule because edits made apart met; open them to put them right:</source>
        <translation>
            <numerusform>%Ln registro incumple ahora una regla porque se juntaron cambios hechos por separado; ábralo para corregirlo:</numerusform>
            <numerusform>%Ln registros incumplen ahora una regla porque se juntaron cambios hechos por separado; ábralos para corregirlos:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: {reason}</source>
        <translation>No importado: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported, nothing was changed: {reason}</source>
        <translation>No importado, no se ha cambiado nada: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/ui/record_editor.py" line="+121"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Participants counted by institution: {counted} of {total}.</source>
        <translation>Participantes contados por institución: {counted} de {total}.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This record no longer exists (it may be in the trash).</source>
        <translation>Este registro ya no existe (puede estar en la papelera).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+10"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Create {label}</source>
        <translation>Crear {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit {fields}</source>
        <translation>Editar {fields}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} (copy)</source>
        <translation>{title} (copia)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send “{label}” and everything that belongs to it to the trash? You can restore it from the Trash page, or undo with Ctrl+Z.</source>
        <translation>¿Enviar “{label}” y todo lo que le pertenece a la papelera? Puede restaurarlo desde la página Papelera o deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete {label}</source>
        <translation>Eliminar {label}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Copy (not saved yet)</source>
        <translation>Copia (aún no guardada)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sent to the trash. Ctrl+Z brings it back.</source>
        <translation>Enviado a la papelera. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this record first?</source>
        <translation>¿Guardar primero los cambios de este registro?</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../desktop/ui/records_page.py" line="+45"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New record (Ctrl+N)</source>
        <translation>Nuevo registro (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a record in the list to see and edit it, or press New (Ctrl+N).</source>
        <translation>Elija un registro de la lista para verlo y editarlo, o pulse Nuevo (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="+122"/>
        <source>&lt;h2&gt;Country overview report&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Informe de síntesis del país&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF overview of one country&apos;s records over a period, for the government, the UN Country Team, donors and headquarters.</source>
        <translation>Una síntesis en PDF de los registros de un país durante un período, para el gobierno, el equipo de las Naciones Unidas en el país, los donantes y la sede.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country of the report</source>
        <translation>País del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a country</source>
        <translation>Elija un país</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period from</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Countr&amp;y:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cover, the contents and “At a glance” are always included.</source>
        <translation>La portada, el índice y «De un vistazo» se incluyen siempre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gene&amp;rate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the report and show it here (Ctrl+G or Enter)</source>
        <translation>Elaborar el informe y mostrarlo aquí (Ctrl+G o Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Guardar el informe en un archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in Viewer</source>
        <translation>Abrir en el &amp;visor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the report in the system&apos;s PDF viewer</source>
        <translation>Abrir el informe en el visor de PDF del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IATI File…</source>
        <translation>Archivo &amp;IATI…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the country&apos;s work plans as an IATI 2.03 activity file</source>
        <translation>Guardar los planes de trabajo del país como archivo de actividades IATI 2.03</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Report message</source>
        <translation>Mensaje del informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report made</source>
        <translation>Informe elaborado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the country, the period, the language and the sections, then press Generate (Ctrl+G). The report shows here.</source>
        <translation>Elija el país, el período, el idioma y las secciones y pulse Generar (Ctrl+G). El informe aparece aquí.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Coordination (committees, meetings, decisions)</source>
        <translation>Coordinación (comités, reuniones, decisiones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy coherence</source>
        <translation>Coherencia de las políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results and indicators</source>
        <translation>Resultados e indicadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity building</source>
        <translation>Fortalecimiento de capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence and good practices</source>
        <translation>Evidencia y buenas prácticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholders (annex)</source>
        <translation>Partes interesadas (anexo)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Choose the country of the report.</source>
        <translation>Elija el país del informe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends on {end}, before it starts ({start}): choose a “To” date on or after the “From” date.</source>
        <translation>El período termina el {end}, antes de empezar ({start}): elija una fecha «Hasta» igual o posterior a la fecha «Desde».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No temporary folder for the report: {error}</source>
        <translation>No hay carpeta temporal para el informe: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Making the report…</source>
        <translation>Elaborando el informe…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the report</source>
        <translation>Elaborando el informe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The report was made but cannot be shown ({error}).</source>
        <translation>El informe se elaboró pero no se puede mostrar ({error}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: no report was made.</source>
        <translation>Cancelado: no se elaboró ningún informe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report cannot be made: {reason}</source>
        <translation>No se puede elaborar el informe: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report cannot be written: {reason}</source>
        <translation>No se puede escribir el informe: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving the report</source>
        <translation>Guardando el informe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as {path}</source>
        <translation>Guardado como {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved as {path}: {reason}</source>
        <translation>No se guardó como {path}: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No PDF viewer could open {path}.</source>
        <translation>Ningún visor de PDF pudo abrir {path}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;{country}&lt;/b&gt;, {start} to {end}, {language}</source>
        <translation>&lt;b&gt;{country}&lt;/b&gt;, del {start} al {end}, {language}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data version: {version}</source>
        <translation>Versión de los datos: {version}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The choices have changed since this report was made: Generate again to update it.</source>
        <translation>Las opciones han cambiado desde que se elaboró este informe: genérelo de nuevo para actualizarlo.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../desktop/ui/exchange_send.py" line="+57"/>
        <source>Send changes</source>
        <translation>Enviar cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Anyone: every change</source>
        <translation>Cualquiera: todos los cambios</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: encrypts the file</source>
        <translation>opcional: cifra el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to a file…</source>
        <translation>E&amp;xportar a un archivo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For &amp;whom:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coun&amp;tries:</source>
        <translation>Paí&amp;ses:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>Repí&amp;tala:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No country ticked sends every country. A file for a partner leaves out what their latest file showed they hold. Tell the passphrase to the recipient another way (by phone), never in the same e-mail.</source>
        <translation>Si no marca ningún país, se envían todos. Un archivo para un socio omite lo que su último archivo mostraba que ya tiene. Comunique la frase de contraseña al destinatario por otra vía (por teléfono), nunca en el mismo correo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}: only what they may lack</source>
        <translation>{name}: solo lo que le pueda faltar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Las dos frases de contraseña difieren: escriba la misma dos veces.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the exchange file</source>
        <translation>Guardar el archivo de intercambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mainstream exchange files (*.mxf)</source>
        <translation>Archivos de intercambio de Mainstream (*.mxf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting changes</source>
        <translation>Exportación de los cambios</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved {path}: %Ln change(s)</source>
        <translation>
            <numerusform>Guardado en {path}: %Ln cambio</numerusform>
            <numerusform>Guardado en {path}: %Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, with %Ln attached file(s)</source>
        <translation>
            <numerusform>, con %Ln archivo adjunto</numerusform>
            <numerusform>, con %Ln archivos adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds nothing new for them.</source>
        <translation>No contiene nada nuevo para el destinatario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: {reason}</source>
        <translation>No se pudo exportar: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export ({kind}: {reason})</source>
        <translation>No se pudo exportar ({kind}: {reason})</translation>
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
        <translation>Gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+235"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Not set: your changes are recorded as “{name}”</source>
        <translation>Sin definir: sus cambios se registran a nombre de “{name}”</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>As colleagues should see it in the history</source>
        <translation>Como sus colegas deben verlo en el historial</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+233"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+229"/>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>All countries (headquarters)</source>
        <translation>Todos los países (sede)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Organismo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;country:</source>
        <translation>&amp;País predeterminado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is recorded with every change you make. The default country is the one the window shows when Mainstream starts.</source>
        <translation>Su nombre se registra con cada cambio que haga. El país predeterminado es el que muestra la ventana al iniciar Mainstream.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+197"/>
        <source>Logo on the report cover</source>
        <translation>Logotipo en la portada del informe</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>Eleg&amp;ir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lo&amp;go</source>
        <translation>Sin lo&amp;gotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cove&amp;r logo:</source>
        <translation>Logotipo de po&amp;rtada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PNG or JPEG image of at most 5 MB, drawn at the top of the PDF country overview&apos;s cover. The file is not copied: keep it where it is.</source>
        <translation>Una imagen PNG o JPEG de 5 MB como máximo, arriba en la portada de la síntesis de país en PDF. El archivo no se copia: déjelo donde está.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Abrir otra base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;empty database…</source>
        <translation>Nueva base de &amp;datos vacía…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mainstream opens the database you last opened here, also from the command line.</source>
        <translation>Mainstream abre la última base de datos abierta aquí, también desde la línea de comandos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Configuración&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not saved: the logo “{name}” is not a PNG or JPEG image of at most 5 MB.</source>
        <translation>No guardado: el logotipo «{name}» no es una imagen PNG o JPEG de 5 MB como máximo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving settings</source>
        <translation>Guardando la configuración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mainstream databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de Mainstream (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a Mainstream database</source>
        <translation>Abrir una base de datos de Mainstream</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the logo for the report cover</source>
        <translation>Elegir el logotipo de la portada del informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up the database</source>
        <translation>Guardar una copia de la base de datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A backup cannot replace the database itself: choose another file.</source>
        <translation>Una copia no puede reemplazar la propia base de datos: elija otro archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up the database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new, empty database</source>
        <translation>Crear una base de datos nueva y vacía</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="+118"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>The disk holding {folder} is full: free some space on it and try again. Nothing was changed.</source>
        <translation>El disco que contiene {folder} está lleno: libere espacio y vuelva a intentarlo. No se ha modificado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no room left to write {path}: free some space and try again. Nothing was changed.</source>
        <translation>No queda espacio para escribir {path}: libere espacio y vuelva a intentarlo. No se ha modificado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} cannot be written here (a write-protected stick, a read-only share or file?). Nothing was changed: copy the database to a folder of your own and open the copy.</source>
        <translation>{path} no se puede modificar aquí (¿una memoria USB protegida contra escritura, una carpeta compartida o un archivo de solo lectura?). No se ha modificado nada: copie la base de datos en una carpeta suya y abra la copia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is being written by another program (a mainstream import on the command line?). Nothing was changed: try again when that is done.</source>
        <translation>Otro programa está escribiendo en {path} (¿una importación de mainstream en la línea de comandos?). No se ha modificado nada: vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} could not be read or written (disk I/O error). Nothing was changed. Is the disk still there (a stick taken out, a network share lost)? If it is failing, copy the database to another disk.</source>
        <translation>No se pudo leer o escribir {path} (error de entrada/salida del disco). No se ha modificado nada. ¿Sigue conectado el disco (una memoria USB retirada, una carpeta de red perdida)? Si está fallando, copie la base de datos en otro disco.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is damaged: Mainstream cannot use it as it is. Nothing was changed. A backup beside it (its name ends in .bak), if there is one, holds an earlier copy: open it with File &gt; Open Database….</source>
        <translation>{path} está dañado: Mainstream no puede usarlo tal como está. No se ha modificado nada. Una copia de seguridad a su lado (su nombre termina en .bak), si la hay, guarda una copia anterior: ábrala con Archivo &gt; Abrir base de datos….</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong that Mainstream did not expect ({kind}: {error}).</source>
        <translation>Ocurrió un error que Mainstream no esperaba ({kind}: {error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details are in the log file {path}: please send it to whoever supports Mainstream for you.</source>
        <translation>Los detalles están en el archivo de registro {path}: envíelo a quien le da soporte para Mainstream.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} was made by a newer version of Mainstream: install that version to open it.</source>
        <translation>{path} fue creado por una versión más reciente de Mainstream: instale esa versión para abrirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not a Mainstream database: it is a folder, another program&apos;s file, or not there.</source>
        <translation>{path} no es una base de datos de Mainstream: es una carpeta, un archivo de otro programa, o no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged: Mainstream cannot use it as it is. A backup beside it (its name ends in .bak), if there is one, holds an earlier copy.</source>
        <translation>{path} está dañado: Mainstream no puede usarlo tal como está. Una copia de seguridad a su lado (su nombre termina en .bak), si la hay, guarda una copia anterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} was being written when Mainstream stopped, and only the file {journal} beside it can put it back as it was; here it cannot be written: open it where it can, or copy it together with {journal}.</source>
        <translation>{path} se estaba escribiendo cuando Mainstream se detuvo, y solo el archivo {journal} a su lado puede dejarlo como estaba; aquí no se puede modificar: ábralo donde se pueda, o cópielo junto con {journal}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mainstream cannot open {path}.</source>
        <translation>Mainstream no puede abrir {path}.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/trash_page.py" line="+130"/>
        <source>kept by a partner&apos;s edit; %n record it owned</source>
        <translation>
            <numerusform>conservado por la modificación de un socio; %n registro que contenía</numerusform>
            <numerusform>conservado por la modificación de un socio; %n registros que contenía</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n more</source>
        <translation>
            <numerusform>con %n más</numerusform>
            <numerusform>con %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on its own</source>
        <translation>solo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was deleted</source>
        <translation>Lo que se eliminó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken with it</source>
        <translation>Con él</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Eliminado el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted by</source>
        <translation>Eliminado por</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location line="+20"/>
        <source>Trash entries</source>
        <translation>Elementos de la papelera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking in the trash…</source>
        <translation>Buscando en la papelera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore result</source>
        <translation>Resultado de la restauración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected entry back, with everything deleted with it (Enter on a row, or Alt+R)</source>
        <translation>Recuperar el elemento seleccionado, con todo lo que se eliminó con él (Intro en una fila, o Alt+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted records wait here with everything they owned. Restore brings them back.</source>
        <translation>Los registros eliminados esperan aquí con todo lo que les pertenecía. Restaurar los recupera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Trash&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Papelera&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;h3&gt;The trash is empty&lt;/h3&gt;&lt;p&gt;Records you delete come here, with everything they own, and can be restored from here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;La papelera está vacía&lt;/h3&gt;&lt;p&gt;Los registros que elimine llegan aquí, con todo lo que les pertenece, y pueden restaurarse desde aquí.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;h3&gt;Nothing from {country} is in the trash&lt;/h3&gt;&lt;p&gt;Entries of other countries and shared records: %n. Choose All countries to see them.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;No hay nada de {country} en la papelera&lt;/h3&gt;&lt;p&gt;Elementos de otros países o compartidos: %n. Elija Todos los países para verlo.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;No hay nada de {country} en la papelera&lt;/h3&gt;&lt;p&gt;Elementos de otros países o compartidos: %n. Elija Todos los países para verlos.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Restoring {what}…</source>
        <translation>Restaurando {what}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>Restoring from the trash</source>
        <translation>Restaurando desde la papelera</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>Restored {what} and %n more that went to the trash with it.</source>
        <translation>
            <numerusform>Se restauró {what} y %n elemento más que se envió a la papelera con él.</numerusform>
            <numerusform>Se restauró {what} y %n elementos más que se enviaron a la papelera con él.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored {what}</source>
        <translation>Se restauró {what}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;The {what} stays in the trash.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{what} permanece en la papelera.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../desktop/ui/partner_trust.py" line="+23"/>
        <source>Trust {name}</source>
        <translation>Confiar en {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose records may the files from {name} change? Shared records are anyone&apos;s.</source>
        <translation>¿Qué fichas pueden cambiar los archivos de {name}? Las fichas compartidas son de todos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Every country (headquarters)</source>
        <translation>&amp;Todos los países (sede)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only these countries:</source>
        <translation>&amp;Solo estos países:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country codes, e.g. PER, ECU</source>
        <translation>códigos de país, p. ej. PER, ECU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not a list of country codes (PER, ECU, ...)</source>
        <translation>No es una lista de códigos de país (PER, ECU…)</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../desktop/ui/undo.py" line="+252"/>
        <source>Not undone: {action}</source>
        <translation>No se deshizo: {action}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{action}” could not be undone:
{reason}

Nothing was changed; Undo and Redo are as they were.</source>
        <translation>No se pudo deshacer «{action}»:
{reason}

No se cambió nada; Deshacer y Rehacer siguen como estaban.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not redone: {action}</source>
        <translation>No se rehízo: {action}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{action}” could not be redone:
{reason}

Nothing was changed; Undo and Redo are as they were.</source>
        <translation>No se pudo rehacer «{action}»:
{reason}

No se cambió nada; Deshacer y Rehacer siguen como estaban.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes made before it can no longer be undone: undoing one could overwrite what came after it. The History page still lists them.</source>
        <translation>Los cambios anteriores ya no se pueden deshacer: deshacer uno podría sobrescribir lo que vino después. La página Historial los sigue mostrando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message>
        <location filename="../../desktop/ui/workbooks.py" line="+16"/>
        <source>Workbook</source>
        <translation>Libro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting to Excel</source>
        <translation>Exportando a Excel</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n registro exportado a {path}.</numerusform>
            <numerusform>%n registros exportados a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbooks (*.xlsx *.ods);;All files (*)</source>
        <translation>Libros (*.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the workbook</source>
        <translation>Leyendo el libro</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to undo (history cleared by the import of {file})</source>
        <translation>Nada que deshacer (historial borrado por la importación de {file})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the workbook</source>
        <translation>Importando el libro</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported {file}: %n record(s) created or changed. The database before it is in {backup}.</source>
        <translation>
            <numerusform>{file} importado: %n registro creado o modificado. La base de datos anterior está en {backup}.</numerusform>
            <numerusform>{file} importado: %n registros creados o modificados. La base de datos anterior está en {backup}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../desktop/ui/attachments_panel.py" line="-342"/>
        <source>“{name}” is {size:,.1f} MB; files over {limit:,.0f} MB cannot be attached (keep them on a shared drive and note where).</source>
        <translation>“{name}” ocupa {size:,.1f} MB; los archivos de más de {limit:,.0f} MB no se pueden adjuntar (guárdelos en una unidad compartida y anote dónde).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{path}” could not be read: {reason}.</source>
        <translation>No se pudo leer “{path}”: {reason}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The content of “{name}” is missing from the database.</source>
        <translation>Falta el contenido de “{name}” en la base de datos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{path}” could not be written: {reason}.</source>
        <translation>No se pudo escribir “{path}”: {reason}.</translation>
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
        <translation>Equipo de País de las Naciones Unidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU</source>
        <translation>Memorando de entendimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGBV</source>
        <translation>Violencia sexual y de género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter-ministerial</source>
        <translation>Interministerial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-learning</source>
        <translation>Aprendizaje en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN agency</source>
        <translation>Agencia de las Naciones Unidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International NGO</source>
        <translation>ONG internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National NGO</source>
        <translation>ONG nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair</source>
        <translation>Copresidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women and children</source>
        <translation>Mujeres y niñez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return and reintegration</source>
        <translation>Retorno y reintegración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration data</source>
        <translation>Datos migratorios</translation>
    </message>
    <message>
        <location filename="derived_strings.py" line="+10"/>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agriculture</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity building</source>
        <translation>Fortalecimiento de capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Climate mobility</source>
        <translation>Movilidad climática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordination commission</source>
        <translation>Comisión de coordinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data system</source>
        <translation>Sistema de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decree</source>
        <translation>Decreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development cooperation</source>
        <translation>Cooperación para el desarrollo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora</source>
        <translation>Diáspora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolved</source>
        <translation>Disuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economy</source>
        <translation>Economía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Medio ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign affairs</source>
        <translation>Relaciones exteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In drafting</source>
        <translation>En redacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interior</source>
        <translation>Interior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregular migration</source>
        <translation>Migración irregular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justice</source>
        <translation>Justicia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour migration</source>
        <translation>Migración laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local authorities</source>
        <translation>Autoridades locales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local development</source>
        <translation>Desarrollo local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local governance</source>
        <translation>Gobernanza local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local government</source>
        <translation>Gobierno local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration health</source>
        <translation>Migración y salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration profile</source>
        <translation>Perfil migratorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry</source>
        <translation>Ministerio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer exchange</source>
        <translation>Intercambio entre pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy coherence</source>
        <translation>Coherencia de políticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualitative</source>
        <translation>Cualitativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittances</source>
        <translation>Remesas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seminar</source>
        <translation>Seminario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social protection</source>
        <translation>Protección social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering</source>
        <translation>Directivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study visit</source>
        <translation>Visita de estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task force</source>
        <translation>Equipo de tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical working group</source>
        <translation>Grupo de trabajo técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trafficking</source>
        <translation>Trata de personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under implementation</source>
        <translation>En implementación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="+35"/>
        <source>M&amp;D priorities</source>
        <translation>Prioridades de migración y desarrollo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global Compact objectives</source>
        <translation>Objetivos del Pacto Mundial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG targets (e.g. 10.7, 8.8)</source>
        <translation>Metas de los ODS (p. ej., 10.7, 8.8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IOM focal point</source>
        <translation>Punto focal de la OIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNDP focal point</source>
        <translation>Punto focal del PNUD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI identifier</source>
        <translation>Identificador IATI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: women</source>
        <translation>Participantes: mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: men</source>
        <translation>Participantes: hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: other / undisclosed</source>
        <translation>Participantes: otro / no indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: total</source>
        <translation>Participantes: total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test score (%)</source>
        <translation>Puntuación de la prueba inicial (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test score (%)</source>
        <translation>Puntuación de la prueba final (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (%)</source>
        <translation>Satisfacción (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress (%)</source>
        <translation>Avance (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disaggregated by sex</source>
        <translation>Desglosado por sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by (committee)</source>
        <translation>Aprobado por (comité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-plan activity</source>
        <translation>Actividad del plan de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="derived_strings.py" line="+3"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Valor real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual note</source>
        <translation>Nota sobre el valor real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline note</source>
        <translation>Nota sobre la línea de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline value</source>
        <translation>Valor de línea de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline year</source>
        <translation>Año de línea de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity activity</source>
        <translation>Actividad de fortalecimiento de capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on</source>
        <translation>Modificado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End year</source>
        <translation>Año de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established on</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenditure</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filename</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government priorities</source>
        <translation>Prioridades del gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementing partners</source>
        <translation>Socios de implementación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Publicado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead institution</source>
        <translation>Institución líder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reference</source>
        <translation>Referencia jurídica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes summary</source>
        <translation>Resumen del acta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National strategy</source>
        <translation>Estrategia nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned budget</source>
        <translation>Presupuesto previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Fin prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record kind</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible agency</source>
        <translation>Agencia responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on</source>
        <translation>Comienza el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target note</source>
        <translation>Nota sobre la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Temas tratados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fields.py" line="+162"/>
        <source>e.g. {example}</source>
        <translation>p. ej. {example}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type 2026-11-20 or {example}; F4 opens the calendar</source>
        <translation>Escriba 2026-11-20 o {example}; F4 abre el calendario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a date in the calendar (F4)</source>
        <translation>Elegir una fecha en el calendario (F4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{text}” is not a date: type it as 2026-11-20 or {example}</source>
        <translation>«{text}» no es una fecha: escríbala como 2026-11-20 o {example}</translation>
    </message>
</context>
<context>
    <name>gcm</name>
    <message>
        <location filename="../../desktop/ui/gcm.py" line="+13"/>
        <source>Accurate and disaggregated data</source>
        <translation>Datos exactos y desglosados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimize adverse drivers of migration</source>
        <translation>Minimizar los factores adversos de la migración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accurate and timely information</source>
        <translation>Información exacta y oportuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal identity and documentation</source>
        <translation>Identidad jurídica y documentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathways for regular migration</source>
        <translation>Vías de migración regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair recruitment and decent work</source>
        <translation>Contratación equitativa y trabajo decente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce vulnerabilities in migration</source>
        <translation>Reducir las vulnerabilidades en la migración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save lives; missing migrants</source>
        <translation>Salvar vidas; migrantes desaparecidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response to smuggling of migrants</source>
        <translation>Respuesta al tráfico ilícito de migrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prevent and end trafficking in persons</source>
        <translation>Prevenir y erradicar la trata de personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrated border management</source>
        <translation>Gestión integrada de las fronteras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening, assessment and referral</source>
        <translation>Detección, evaluación y derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention only as a last resort</source>
        <translation>Detención solo como último recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consular protection and assistance</source>
        <translation>Protección y asistencia consulares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to basic services</source>
        <translation>Acceso a servicios básicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusion and social cohesion</source>
        <translation>Inclusión y cohesión social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End discrimination; evidence-based discourse</source>
        <translation>Eliminar la discriminación; discurso basado en datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills development and recognition</source>
        <translation>Desarrollo y reconocimiento de competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrants&apos; and diasporas&apos; contribution to development</source>
        <translation>Contribución de migrantes y diásporas al desarrollo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheaper, safer remittances; financial inclusion</source>
        <translation>Remesas más baratas y seguras; inclusión financiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe return and sustainable reintegration</source>
        <translation>Retorno seguro y reintegración sostenible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portability of social security</source>
        <translation>Portabilidad de la seguridad social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International cooperation and partnerships</source>
        <translation>Cooperación internacional y alianzas</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="derived_strings.py" line="+3"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity activity</source>
        <translation>Actividad de fortalecimiento de capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity participation</source>
        <translation>Participación por institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country programme</source>
        <translation>Programa de país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator period</source>
        <translation>Período de indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge product</source>
        <translation>Producto de conocimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy status change</source>
        <translation>Cambio de estado de política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="+17"/>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../desktop/ui/lists.py" line="+25"/>
        <source>Code</source>
        <translation>Código</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+43"/>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+31"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Fin prevista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+90"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+90"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+14"/>
        <location line="+31"/>
        <location line="+15"/>
        <location line="+30"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Established</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Legal reference</source>
        <translation>Referencia jurídica</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issued</source>
        <translation>Publicado el</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../desktop/ui/problems.py" line="+26"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required: a change cannot empty it</source>
        <translation>es obligatorio: un cambio no puede vaciarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a kind of record</source>
        <translation>no es un tipo de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the trash; restore it before changing it</source>
        <translation>está en la papelera; restáurelo antes de cambiarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field of this kind of record</source>
        <translation>no es un campo de este tipo de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text, not {type}</source>
        <translation>debe ser texto, no {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>tiene {length} caracteres; se permiten {limit} como máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«{value}» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>«{value}» no es uno de: {allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date without a time</source>
        <translation>debe ser una fecha sin hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>«{value}» no es una fecha de la forma AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number, not “{value}”</source>
        <translation>debe ser un número, no «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number, not {value}</source>
        <translation>debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {minimum}</source>
        <translation>debe ser al menos {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at most {maximum}</source>
        <translation>debe ser como máximo {maximum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has more than 1,000 entries</source>
        <translation>tiene más de 1000 entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry {entry}: {reason}</source>
        <translation>entrada {entry}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an SDG target such as 10.7</source>
        <translation>no es una meta de los ODS como 10.7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>«{value}» no es un código de país ISO 3166-1 alfa-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an ISO 4217 currency code</source>
        <translation>«{value}» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to {kind} {target}, which does not exist</source>
        <translation>remite a {kind} {target}, que no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to {kind} {target}, which is in the trash</source>
        <translation>remite a {kind} {target}, que está en la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to {kind} {target} of another country ({country})</source>
        <translation>remite a {kind} {target} de otro país ({country})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is still used by {users}</source>
        <translation>aún lo usa {users}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot change while {count} {kind} record(s) belong to it; move or delete them first</source>
        <translation>no puede cambiar mientras {count} registro(s) de {kind} le pertenezcan; muévalos o elimínelos primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot change while {count} attached file(s) belong to it; delete them first</source>
        <translation>no puede cambiar mientras {count} archivo(s) adjunto(s) le pertenezcan; elimínelos primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot become {country}: {user}, of {other}, refers to it</source>
        <translation>no puede pasar a {country}: {user}, de {other}, remite a él</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} ends ({last}) before it starts ({first})</source>
        <translation>{period} termina ({last}) antes de empezar ({first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record cannot be its own parent</source>
        <translation>un registro no puede formar parte de sí mismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an approved work plan needs the date it was approved</source>
        <translation>un plan de trabajo aprobado necesita su fecha de aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a work plan of {years} years is not plausible</source>
        <translation>un plan de trabajo de {years} años no es plausible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a budget or expenditure needs its currency (ISO 4217, e.g. USD)</source>
        <translation>un presupuesto o gasto necesita su moneda (ISO 4217, p. ej. USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women, men and others add up to {sum}, more than the total of {total}</source>
        <translation>mujeres, hombres y otros suman {sum}, más que el total de {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women by institution add up to {sum}, more than the {count} women who took part</source>
        <translation>las mujeres por institución suman {sum}, más que las {count} mujeres que participaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>men by institution add up to {sum}, more than the {count} men who took part</source>
        <translation>los hombres por institución suman {sum}, más que los {count} hombres que participaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>others by institution add up to {sum}, more than the {count} others who took part</source>
        <translation>las otras personas por institución suman {sum}, más que las {count} otras que participaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants by institution add up to {sum}, more than the total of {count}</source>
        <translation>los participantes por institución suman {sum}, más que el total de {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a percentage baseline must be between 0 and 100</source>
        <translation>una línea de base en porcentaje debe estar entre 0 y 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is neither Yes nor No</source>
        <translation>«{value}» no es ni Sí ni No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not in the list (see the sheet Code lists)</source>
        <translation>«{value}» no está en la lista (vea la hoja Listas de códigos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is a date with a time; give the date alone</source>
        <translation>«{value}» es una fecha con hora; indique solo la fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number, not Yes or No</source>
        <translation>debe ser un número, no Sí o No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» no es un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» no es un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an id Mainstream wrote; empty it on a new row</source>
        <translation>no es un identificador escrito por Mainstream; déjelo vacío en una fila nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no {kind} is named &apos;{name}&apos; in this country or among global records</source>
        <translation>ningún registro «{kind}» se llama «{name}» en este país ni entre los registros globales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no {kind} is named &apos;{name}&apos;</source>
        <translation>ningún registro «{kind}» se llama «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} records of the kind {kind} are named &apos;{name}&apos;: pick the record by its id (the hidden column beside it) or make the names different</source>
        <translation>{count} registros del tipo {kind} se llaman «{name}»: elija el registro por su identificador (la columna oculta al lado) o haga que los nombres sean distintos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the programme period</source>
        <translation>el período del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the membership</source>
        <translation>la membresía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the work plan</source>
        <translation>el plan de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the planned period</source>
        <translation>el período previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the actual period</source>
        <translation>el período real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the period</source>
        <translation>el período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the activity</source>
        <translation>la actividad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is encrypted: give its passphrase</source>
        <translation>está cifrado: indique su frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be opened with this passphrase (or it was altered)</source>
        <translation>no se abre con esta frase de contraseña (o fue alterado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a Mainstream exchange file</source>
        <translation>no es un archivo de intercambio de Mainstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a Mainstream exchange file (it has no manifest.json)</source>
        <translation>no es un archivo de intercambio de Mainstream (no tiene manifest.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a Mainstream exchange file (an encrypted file inside an encrypted one)</source>
        <translation>no es un archivo de intercambio de Mainstream (un archivo cifrado dentro de otro cifrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not signed (it has no signature.json)</source>
        <translation>no está firmado (no tiene signature.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a signature that does not verify (it was altered after it was signed)</source>
        <translation>tiene una firma que no se verifica (fue alterado después de firmarse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has an unreadable signature</source>
        <translation>tiene una firma ilegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has an unreadable encryption header</source>
        <translation>tiene un encabezado de cifrado ilegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: its encrypted contents (payload.bin) are missing</source>
        <translation>está dañado: falta su contenido cifrado (payload.bin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: its manifest is not readable JSON</source>
        <translation>está dañado: su manifiesto no es JSON legible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: its list of parts is not readable</source>
        <translation>está dañado: su lista de partes es ilegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: part {part} is missing</source>
        <translation>está dañado: falta la parte {part}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: part {part} does not match its checksum</source>
        <translation>está dañado: la parte {part} no coincide con su suma de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not say which installation wrote it</source>
        <translation>no dice qué instalación lo escribió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not say when it was made</source>
        <translation>no dice cuándo se hizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not name the person who wrote it</source>
        <translation>no nombra a la persona que lo escribió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was exported from this installation: it holds nothing new for it</source>
        <translation>se exportó desde esta instalación: no le trae nada nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was written by a newer Mainstream (database schema {schema}); update Mainstream to import it</source>
        <translation>lo escribió un Mainstream más reciente (esquema de base {schema}); actualice Mainstream para importarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>claims to come from {name}&apos;s installation but is signed with another key ({key}, not {known}): refused</source>
        <translation>dice venir de la instalación de {name} pero está firmado con otra clave ({key}, no {known}): rechazado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is inconsistent: its manifest counts another number of changes</source>
        <translation>es incoherente: su manifiesto cuenta otro número de cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes &quot;{label}&quot; ({kind} {record}) of {country}, but its sender {name} is trusted here for {countries} only: refused</source>
        <translation>cambia «{label}» ({kind} {record}) de {country}, pero su remitente {name} solo tiene aquí confianza para {countries}: rechazado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changes {kind} {record} of {country}, but its sender {name} is trusted here for {countries} only: refused</source>
        <translation>cambia {kind} {record} de {country}, pero su remitente {name} solo tiene aquí confianza para {countries}: rechazado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comes from {name}, whom this installation stopped trusting on {day}: trust them again first to import it</source>
        <translation>viene de {name}, en quien esta instalación dejó de confiar el {day}: vuelva a confiar en él antes de importarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds a change of {kind} {record} by installation {device} ({at} UTC) that its author did not sign: refused</source>
        <translation>contiene un cambio de {kind} {record} de la instalación {device} ({at} UTC) que su autor no firmó: rechazado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds a change of {kind} {record} by installation {device} ({at} UTC) that is not the one its author signed: refused</source>
        <translation>contiene un cambio de {kind} {record} de la instalación {device} ({at} UTC) que no es el que firmó su autor: rechazado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds a change of {kind} {record} by installation {device} ({at} UTC) that is not signed by that installation&apos;s key (altered, or made in its name by someone else): refused</source>
        <translation>contiene un cambio de {kind} {record} de la instalación {device} ({at} UTC) que no está firmado con la clave de esa instalación (alterado, o hecho en su nombre por otra persona): rechazado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds a change of {kind} {record} by installation {device} ({at} UTC) whose operation cannot be checked: refused</source>
        <translation>contiene un cambio de {kind} {record} de la instalación {device} ({at} UTC) cuya operación no se puede comprobar: rechazado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is damaged: line {line} of its authors&apos; signatures is not JSON</source>
        <translation>está dañado: la línea {line} de las firmas de sus autores no es JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: line {line} of its authors&apos; signatures is not one</source>
        <translation>está dañado: la línea {line} de las firmas de sus autores no es una firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is inconsistent: its authors&apos; signatures name one operation twice (line {line})</source>
        <translation>es incoherente: las firmas de sus autores nombran dos veces una misma operación (línea {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is inconsistent: its manifest&apos;s authors are not a list of installations and keys</source>
        <translation>es incoherente: los autores de su manifiesto no son una lista de instalaciones y claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is inconsistent: its manifest&apos;s former ids are not a list of installation ids</source>
        <translation>es incoherente: los identificadores anteriores de su manifiesto no son una lista de identificadores de instalación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is too large for a workbook ({size}; at most {limit})</source>
        <translation>es demasiado grande para un libro ({size}; como máximo {limit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is password-protected or an old Excel 97-2003 file: save it as an Excel workbook (.xlsx) without a password and import that</source>
        <translation>está protegido con contraseña o es un archivo antiguo de Excel 97-2003: guárdelo como libro de Excel (.xlsx) sin contraseña e importe ese</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a macro-enabled workbook: save it as an Excel workbook (.xlsx) and import that</source>
        <translation>es un libro con macros: guárdelo como libro de Excel (.xlsx) e importe ese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a workbook (.xlsx or .ods)</source>
        <translation>no es un libro (.xlsx u .ods)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a workbook (.xlsx or .ods): it is damaged or not a spreadsheet</source>
        <translation>no es un libro (.xlsx u .ods): está dañado o no es una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has too many parts (over {count}) to be a workbook</source>
        <translation>tiene demasiadas partes (más de {count}) para ser un libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is encrypted: save it without a password and import that</source>
        <translation>está cifrado: guárdelo sin contraseña e importe ese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large when unpacked (a part expands over {ratio} times: a zip bomb?)</source>
        <translation>es demasiado grande al descomprimirlo (una parte crece más de {ratio} veces: ¿una bomba zip?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large when unpacked (over {size})</source>
        <translation>es demasiado grande al descomprimirlo (más de {size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds macros: save it as a spreadsheet without macros (.ods or .xlsx) and import that</source>
        <translation>contiene macros: guárdelo como hoja de cálculo sin macros (.ods o .xlsx) e importe esa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not be read as a workbook ({details})</source>
        <translation>no se pudo leer como libro ({details})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no sheet named after a kind of record (Institution, Activity, ...)</source>
        <translation>no tiene ninguna hoja con el nombre de un tipo de registro (Institución, Actividad, ...)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: no such file</source>
        <translation>{path}: no existe ese archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no file from {partner} was ever imported here; export everything instead</source>
        <translation>nunca se importó aquí un archivo de {partner}; exporte todo en su lugar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{kind}, {field}: {reason}</source>
        <translation>{kind}, {field}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {reason}</source>
        <translation>{kind}: {reason}</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code lists</source>
        <translation>Listas de códigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s id: leave it as it is. Empty on a new row.</source>
        <translation>El identificador del registro: no lo cambie. Vacío en una fila nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text.</source>
        <translation>Texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A date (YYYY-MM-DD).</source>
        <translation>Una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number.</source>
        <translation>Un número entero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number.</source>
        <translation>Un número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the list (see the sheet Code lists).</source>
        <translation>Un valor de la lista (vea la hoja Listas de códigos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several of the list (see the sheet Code lists), separated by ;</source>
        <translation>Varios valores de la lista (vea la hoja Listas de códigos), separados por ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several, separated by ;</source>
        <translation>Varios, separados por ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes or No.</source>
        <translation>Sí o No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of a record of the kind {kind}, as Mainstream shows it.</source>
        <translation>El nombre de un registro del tipo {kind}, tal como lo muestra Mainstream.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of records of the kind {kind}, separated by ;</source>
        <translation>Nombres de registros del tipo {kind}, separados por ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166 alpha-3 code; empty on a new row: the workbook&apos;s country.</source>
        <translation>Código ISO 3166 alfa-3; vacío en una fila nueva: el país del libro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of the record named in the column before: leave it as it is.</source>
        <translation>El identificador del registro nombrado en la columna anterior: no lo cambie.</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="+96"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <location filename="../../desktop/ui/translations.py" line="-7"/>
        <source>The new language is used from the next start of Mainstream.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Mainstream.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
</TS>
