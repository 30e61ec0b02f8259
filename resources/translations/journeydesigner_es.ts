<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>The clipboard holds too much to paste at once.</source>
        <translation>El portapapeles contiene demasiado para pegarlo de una vez.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s cards are damaged and cannot be pasted.</source>
        <translation>Las tarjetas del portapapeles están dañadas y no se pueden pegar.</translation>
    </message>
    <message>
        <source>Cannot paste more than {n} cards at once.</source>
        <translation>No se pueden pegar más de {n} tarjetas a la vez.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>No hay nada que pegar.</translation>
    </message>
    <message>
        <source>Cannot paste more than {n} lines as cards.</source>
        <translation>No se pueden pegar más de {n} líneas como tarjetas.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing that can become a card.</source>
        <translation>El portapapeles no contiene nada que pueda convertirse en tarjeta.</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violeta</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Default for its kind</source>
        <translation>Predeterminado del tipo</translation>
    </message>
    <message>
        <source>Rename Stage…</source>
        <translation>Renombrar etapa…</translation>
    </message>
    <message>
        <source>Add Stage After…</source>
        <translation>Añadir etapa después…</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <source>Rename Lane…</source>
        <translation>Renombrar fila…</translation>
    </message>
    <message>
        <source>Add Lane Below…</source>
        <translation>Añadir fila debajo…</translation>
    </message>
    <message>
        <source>Remove Lane</source>
        <translation>Eliminar fila</translation>
    </message>
    <message>
        <source>Change feeling</source>
        <translation>Cambiar la emoción</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Mover %n tarjeta</numerusform>
            <numerusform>Mover %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Cambiar el color</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>%n tarjeta copiada</numerusform>
            <numerusform>%n tarjetas copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>%n tarjeta cortada</numerusform>
            <numerusform>%n tarjetas cortadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell first: pasted cards go into the current cell.</source>
        <translation>Haga clic primero en una celda: las tarjetas pegadas van a la celda actual.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Resize stage</source>
        <translation>Cambiar el ancho de la etapa</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renombrar etapa</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renombrar fila</translation>
    </message>
    <message>
        <source>Your unsaved work has been saved to a recovery copy, and you can go on working; saving under a new name is the safest next step.</source>
        <translation>Su trabajo sin guardar se ha guardado en una copia de recuperación y puede seguir trabajando; lo más seguro ahora es guardar con otro nombre.</translation>
    </message>
    <message>
        <source>You had no unsaved changes, so nothing was lost; you can go on working.</source>
        <translation>No tenía cambios sin guardar, así que no se perdió nada; puede seguir trabajando.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Journey Designer met an error it did not expect ({error}).

{work}

Details are in the log: {log}</source>
        <translation>Journey Designer encontró un error inesperado ({error}).

{work}

Los detalles están en el registro: {log}</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Map pages</source>
        <translation>Páginas del mapa</translation>
    </message>
    <message>
        <source>A page per persona</source>
        <translation>Una página por persona</translation>
    </message>
    <message>
        <source>Jobs to be done, ranked</source>
        <translation>Jobs to be Done, por prioridad</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>An editable PowerPoint deck: a title slide, the map as native shapes and text (split across slides where it would be too small to read), the emotion curve, a slide per persona and the jobs ranked by opportunity; each stage&apos;s description is in the speaker notes. Set in Arial.</source>
        <translation>Una presentación de PowerPoint editable: una diapositiva de título, el mapa como formas y texto nativos (repartido en varias diapositivas donde sería demasiado pequeño para leerlo), la curva emocional, una diapositiva por persona y los jobs ordenados por oportunidad; la descripción de cada etapa está en las notas del orador. Tipografía: Arial.</translation>
    </message>
    <message>
        <source>One web page that opens offline in any browser: zoom and pan, stage by stage with the arrow keys, search, the personas and jobs, and a print layout. It loads nothing from the network.</source>
        <translation>Una página web que se abre sin conexión en cualquier navegador: zoom y desplazamiento, etapa por etapa con las flechas, búsqueda, las personas y los jobs, y un diseño para imprimir. No carga nada de la red.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> in</source>
        <translation> pulg.</translation>
    </message>
    <message>
        <source>an unexpected error stopped the export ({error})</source>
        <translation>un error inesperado detuvo la exportación ({error})</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Maps to export</source>
        <translation>Mapas que exportar</translation>
    </message>
    <message>
        <source>This map</source>
        <translation>Este mapa</translation>
    </message>
    <message>
        <source>All maps</source>
        <translation>Todos los mapas</translation>
    </message>
    <message>
        <source>One card per row (every field)</source>
        <translation>Una tarjeta por fila (todos los campos)</translation>
    </message>
    <message>
        <source>Grid: lanes down, stages across</source>
        <translation>Cuadrícula: filas hacia abajo, etapas a lo ancho</translation>
    </message>
    <message>
        <source>Table shape</source>
        <translation>Forma de la tabla</translation>
    </message>
    <message>
        <source>Preview of a page</source>
        <translation>Vista previa de una página</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <source>Previewed page</source>
        <translation>Página en vista previa</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Maps:</source>
        <translation>Mapas:</translation>
    </message>
    <message>
        <source>Table shape:</source>
        <translation>Forma de la tabla:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Automatic: one page, or tiles that keep the text legible</source>
        <translation>Automático: una página, o varias para que el texto siga siendo legible</translation>
    </message>
    <message>
        <source>Fit each map on one page</source>
        <translation>Cada mapa en una sola página</translation>
    </message>
    <message>
        <source>Tile across pages:</source>
        <translation>Repartir en varias páginas:</translation>
    </message>
    <message>
        <source> across</source>
        <translation> a lo ancho</translation>
    </message>
    <message>
        <source> down</source>
        <translation> a lo alto</translation>
    </message>
    <message>
        <source>For a print shop: backgrounds run this far past the trim marks (3 mm is usual).</source>
        <translation>Para la imprenta: los fondos sobrepasan las marcas de corte en esta medida (lo habitual son 3 mm).</translation>
    </message>
    <message>
        <source>Crop and assembly marks</source>
        <translation>Marcas de corte y de montaje</translation>
    </message>
    <message>
        <source>Analysis markers (job badges, flags) — internal</source>
        <translation>Marcadores de análisis (insignias de jobs, avisos): uso interno</translation>
    </message>
    <message>
        <source>Job counts, opportunity scores and missing-touchpoint flags on stage headers. Usually left out of what a client sees.</source>
        <translation>Número de jobs, puntuaciones de oportunidad y avisos de puntos de contacto que faltan en las cabeceras de etapa. Normalmente no se muestran al cliente.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Custom paper width</source>
        <translation>Ancho de papel personalizado</translation>
    </message>
    <message>
        <source>Custom paper height</source>
        <translation>Alto de papel personalizado</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Márgenes</translation>
    </message>
    <message>
        <source>Pages across</source>
        <translation>Páginas a lo ancho</translation>
    </message>
    <message>
        <source>Pages down</source>
        <translation>Páginas a lo alto</translation>
    </message>
    <message>
        <source>Overlap between pages</source>
        <translation>Solapamiento entre páginas</translation>
    </message>
    <message>
        <source>Bleed</source>
        <translation>Sangrado</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>Tamaño personalizado:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientación:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Márgenes:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>Solapamiento:</translation>
    </message>
    <message>
        <source>Bleed:</source>
        <translation>Sangrado:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Anonymise personas (names in every text, photos, age, gender, location)</source>
        <translation>Anonimizar las personas (nombres en todos los textos, fotos, edad, género, ubicación)</translation>
    </message>
    <message>
        <source>Internal notes left out</source>
        <translation>Sin las notas internas</translation>
    </message>
    <message>
        <source>Lanes to leave out:</source>
        <translation>Filas que omitir:</translation>
    </message>
    <message>
        <source>Lanes to leave out</source>
        <translation>Filas que omitir</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Mapa completo</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vista actual</translation>
    </message>
    <message>
        <source>Selected cards</source>
        <translation>Tarjetas seleccionadas</translation>
    </message>
    <message>
        <source>{dpi} DPI</source>
        <translation>{dpi} ppp</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Fondo transparente</translation>
    </message>
    <message>
        <source>Area of the map</source>
        <translation>Zona del mapa</translation>
    </message>
    <message>
        <source>Image scale</source>
        <translation>Escala de la imagen</translation>
    </message>
    <message>
        <source>Area (PNG):</source>
        <translation>Zona (PNG):</translation>
    </message>
    <message>
        <source>Scale (PNG):</source>
        <translation>Escala (PNG):</translation>
    </message>
    <message>
        <source>Nothing to export: choose at least one section.</source>
        <translation>Nada que exportar: elija al menos una sección.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> de {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} píxeles</translation>
    </message>
    <message>
        <source>Vector drawing</source>
        <translation>Dibujo vectorial</translation>
    </message>
    <message>
        <source>The cover and every page say “{title}”: File › Project Properties… names the project.</source>
        <translation>La portada y cada página dicen «{title}»: Archivo › Propiedades del proyecto… da nombre al proyecto.</translation>
    </message>
    <message>
        <source>No preview for this format.</source>
        <translation>No hay vista previa para este formato.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>“{name}” could not be exported: {reason}.</source>
        <translation>No se pudo exportar «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>Find cards…</source>
        <translation>Buscar tarjetas…</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrar tarjetas</translation>
    </message>
    <message>
        <source>Show only cards with this tag or persona; the others are dimmed</source>
        <translation>Mostrar solo las tarjetas con esta etiqueta o persona; las demás se atenúan</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Todas las tarjetas</translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n encontrada</numerusform>
            <numerusform>%n encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Move between cards and cells</source>
        <translation>Moverse entre tarjetas y celdas</translation>
    </message>
    <message>
        <source>Alt + arrow keys</source>
        <translation>Alt + teclas de flecha</translation>
    </message>
    <message>
        <source>Move the selected cards; on the emotion curve, up and down change the feeling</source>
        <translation>Mover las tarjetas seleccionadas; en la curva emocional, arriba y abajo cambian la emoción</translation>
    </message>
    <message>
        <source>Enter / F2</source>
        <translation>Intro / F2</translation>
    </message>
    <message>
        <source>Edit the selected card&apos;s text (Shift+Enter: new line, Esc: cancel)</source>
        <translation>Editar el texto de la tarjeta seleccionada (Mayús+Intro: nueva línea, Esc: cancelar)</translation>
    </message>
    <message>
        <source>Insert / Ctrl+Enter</source>
        <translation>Insert / Ctrl+Intro</translation>
    </message>
    <message>
        <source>Add a card to the current cell</source>
        <translation>Añadir una tarjeta en la celda actual</translation>
    </message>
    <message>
        <source>Ctrl+click / Shift+click</source>
        <translation>Ctrl+clic / Mayús+clic</translation>
    </message>
    <message>
        <source>Add a card to the selection</source>
        <translation>Añadir una tarjeta a la selección</translation>
    </message>
    <message>
        <source>Space + drag, middle drag</source>
        <translation>Espacio + arrastrar, arrastrar con el botón central</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Ctrl + wheel, pinch</source>
        <translation>Ctrl + rueda, pellizcar</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Double-click a cell</source>
        <translation>Doble clic en una celda</translation>
    </message>
    <message>
        <source>Add a card there</source>
        <translation>Añadir allí una tarjeta</translation>
    </message>
    <message>
        <source>Double-click a header</source>
        <translation>Doble clic en una cabecera</translation>
    </message>
    <message>
        <source>Rename the stage or lane</source>
        <translation>Renombrar la etapa o la fila</translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space</source>
        <translation>Derecha, Abajo, Av Pág, Espacio</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Etapa siguiente</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation>Izquierda, Arriba, Re Pág, Retroceso</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Inicio / Fin</translation>
    </message>
    <message>
        <source>Overview / last stage</source>
        <translation>Vista general / última etapa</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Jump to a stage</source>
        <translation>Saltar a una etapa</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Spotlight the next lane</source>
        <translation>Resaltar la fila siguiente</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Reveal the emotion curve stage by stage</source>
        <translation>Mostrar la curva emocional etapa por etapa</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Show or hide the analysis markers (job badges, flags)</source>
        <translation>Mostrar u ocultar los marcadores de análisis (insignias de jobs, avisos)</translation>
    </message>
    <message>
        <source>B / W</source>
        <translation>B / W</translation>
    </message>
    <message>
        <source>Black / white screen</source>
        <translation>Pantalla negra / blanca</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Presenting: {what}</source>
        <translation>Presentación: {what}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Design customer journey maps offline, present them, export them.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled font:&lt;/b&gt; DejaVu Sans (Bitstream Vera licence, free to embed and redistribute).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries:&lt;/b&gt; Qt and PySide6 {pyside} (LGPLv3), reportlab {reportlab} (BSD), pydantic {pydantic} (MIT), Pillow (MIT-CMU), rl_accel (BSD).&lt;/p&gt;&lt;p&gt;Journey Designer opens no network connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diseñe mapas de experiencia del cliente sin conexión, preséntelos y expórtelos.&lt;/p&gt;&lt;p&gt;Licencia: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tipografía incluida:&lt;/b&gt; DejaVu Sans (licencia Bitstream Vera, libre para incrustar y redistribuir).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bibliotecas:&lt;/b&gt; Qt y PySide6 {pyside} (LGPLv3), reportlab {reportlab} (BSD), pydantic {pydantic} (MIT), Pillow (MIT-CMU), rl_accel (BSD).&lt;/p&gt;&lt;p&gt;Journey Designer no abre ninguna conexión de red.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Journey Designer</source>
        <translation>Acerca de Journey Designer</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Recovered unsaved work. The original file, unchanged until you save, is {path}</source>
        <translation>Trabajo sin guardar recuperado. El archivo original, sin cambios hasta que guarde, es {path}</translation>
    </message>
    <message>
        <source>Recovered unsaved work of a project that was never saved; Save asks where to put it</source>
        <translation>Trabajo recuperado de un proyecto nunca guardado; Guardar preguntará dónde ponerlo</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Journey Designer did not close normally last time. These projects had unsaved changes, kept in recovery copies:

{files}

Recover them?</source>
        <translation>Journey Designer no se cerró correctamente la última vez. Estos proyectos tenían cambios sin guardar, conservados en copias de recuperación:

{files}

¿Recuperarlos?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>{title}: the recovery copy {reason}</source>
        <translation>{title}: la copia de recuperación {reason}</translation>
    </message>
    <message>
        <source>Card kinds</source>
        <translation>Tipos de tarjeta</translation>
    </message>
    <message>
        <source>Drag a card kind onto a cell of the map, or double-click to add it to the current cell</source>
        <translation>Arrastre un tipo de tarjeta a una celda del mapa o haga doble clic para añadirlo a la celda actual</translation>
    </message>
    <message>
        <source>{kind} card</source>
        <translation>Tarjeta «{kind}»</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation>Milímetros</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pulgadas</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Keep the previous version as NAME.journey.bak</source>
        <translation>Conservar la versión anterior como NOMBRE.journey.bak</translation>
    </message>
    <message>
        <source>The screen the window is on</source>
        <translation>La pantalla de la ventana</translation>
    </message>
    <message>
        <source>Begin presentations with personas and jobs</source>
        <translation>Empezar las presentaciones con personas y jobs</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Journey Designer speaks the new language from its next start.</source>
        <translation>Journey Designer usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>Plantilla predeterminada</translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation>Guardado automático tras</translation>
    </message>
    <message>
        <source>Keep a backup</source>
        <translation>Conservar una copia de seguridad</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Paper units</source>
        <translation>Unidades del papel</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Pantalla de presentación</translation>
    </message>
    <message>
        <source>Presentation introduction</source>
        <translation>Introducción de la presentación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>New projects from:</source>
        <translation>Proyectos nuevos desde:</translation>
    </message>
    <message>
        <source>Autosave after a change:</source>
        <translation>Guardado automático tras un cambio:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Paper sizes in:</source>
        <translation>Tamaños de papel en:</translation>
    </message>
    <message>
        <source>Present on:</source>
        <translation>Presentar en:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Welcome to Journey Designer</source>
        <translation>Bienvenido a Journey Designer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Journey Designer&lt;/h2&gt;&lt;p&gt;Start a map from a template, or open a project.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Journey Designer&lt;/h2&gt;&lt;p&gt;Empiece un mapa a partir de una plantilla o abra un proyecto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translation>Aún no hay archivos recientes</translation>
    </message>
    <message>
        <source>Open the Sample Project</source>
        <translation>Abrir el proyecto de ejemplo</translation>
    </message>
    <message>
        <source>Open a Project…</source>
        <translation>Abrir un proyecto…</translation>
    </message>
    <message>
        <source>&lt;b&gt;New from a &amp;template&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nuevo desde una &amp;plantilla&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Jobs to be done</source>
        <translation>Jobs to be Done</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>{title} panel</source>
        <translation>Panel {title}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>A new project from the default template (Preferences)</source>
        <translation>Un proyecto nuevo a partir de la plantilla predeterminada (Preferencias)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Impor&amp;tar…</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, Excel) or a Mermaid journey, as a new project or into this one</source>
        <translation>Una hoja de cálculo (CSV, Excel) o un recorrido de Mermaid, como proyecto nuevo o en este</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>Propiedades del pro&amp;yecto…</translation>
    </message>
    <message>
        <source>Title, client, author, date, version, notes and logo of the deliverable</source>
        <translation>Título, cliente, autor, fecha, versión, notas y logotipo del entregable</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the map as PDF, PNG or SVG</source>
        <translation>Exportar el mapa como PDF, PNG o SVG</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Comparar c&amp;on…</translation>
    </message>
    <message>
        <source>Compare with another version of this project and take its changes</source>
        <translation>Comparar con otra versión de este proyecto y aplicar sus cambios</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccion&amp;ar todo</translation>
    </message>
    <message>
        <source>&amp;New Card</source>
        <translation>&amp;Nueva tarjeta</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>Editar te&amp;xto de la tarjeta</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar anter&amp;ior</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Ajustar el &amp;mapa</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Tamaño real (100 %)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Present the map full-screen from the overview</source>
        <translation>Presentar el mapa a pantalla completa desde la vista general</translation>
    </message>
    <message>
        <source>Present from Current &amp;Stage</source>
        <translation>Presentar desde la &amp;etapa actual</translation>
    </message>
    <message>
        <source>Present the map full-screen from the current stage</source>
        <translation>Presentar el mapa a pantalla completa desde la etapa actual</translation>
    </message>
    <message>
        <source>Begin with Personas and &amp;Jobs</source>
        <translation>Empezar con personas y &amp;jobs</translation>
    </message>
    <message>
        <source>Open presentations with a slide per persona and the ranked jobs</source>
        <translation>Abrir las presentaciones con una diapositiva por persona y los jobs ordenados</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Añadir &amp;etapa</translation>
    </message>
    <message>
        <source>Add a stage after the current one and name it</source>
        <translation>Añadir una etapa después de la actual y darle nombre</translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation>&amp;Renombrar etapa</translation>
    </message>
    <message>
        <source>Re&amp;name Lane</source>
        <translation>Re&amp;nombrar fila</translation>
    </message>
    <message>
        <source>Opened with warnings</source>
        <translation>Abierto con advertencias</translation>
    </message>
    <message>
        <source>“{name}” opened, but some of its images could not be used as they were:</source>
        <translation>Se abrió «{name}», pero algunas de sus imágenes no se pudieron usar tal cual:</translation>
    </message>
    <message>
        <source>Re&amp;move Stage</source>
        <translation>E&amp;liminar etapa</translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation>Añadir &amp;fila…</translation>
    </message>
    <message>
        <source>Add a lane below the current one</source>
        <translation>Añadir una fila debajo de la actual</translation>
    </message>
    <message>
        <source>Remo&amp;ve Lane</source>
        <translation>Eliminar f&amp;ila</translation>
    </message>
    <message>
        <source>Add &amp;Map…</source>
        <translation>Añadir &amp;mapa…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>Todos los atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Start Screen…</source>
        <translation>Pantalla de &amp;inicio…</translation>
    </message>
    <message>
        <source>Recent files, templates and the sample project</source>
        <translation>Archivos recientes, plantillas y el proyecto de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Default template, autosave, theme, presentation screen</source>
        <translation>Plantilla predeterminada, guardado automático, tema, pantalla de presentación</translation>
    </message>
    <message>
        <source>&amp;About Journey Designer</source>
        <translation>A&amp;cerca de Journey Designer</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Versión y licencias</translation>
    </message>
    <message>
        <source>Rename Ma&amp;p…</source>
        <translation>Renom&amp;brar mapa…</translation>
    </message>
    <message>
        <source>Go to the &amp;Map</source>
        <translation>Ir al &amp;mapa</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the map</source>
        <translation>Llevar el foco del teclado al mapa</translation>
    </message>
    <message>
        <source>Go to {panel}</source>
        <translation>Ir al panel {panel}</translation>
    </message>
    <message>
        <source>Show the {panel} panel and move the keyboard focus there</source>
        <translation>Mostrar el panel {panel} y llevar allí el foco del teclado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nuevo desde &amp;plantilla</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;neles</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Switch to Map</source>
        <translation>&amp;Cambiar de mapa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <source> (recovered)</source>
        <translation> (recuperado)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>{file}{state}[*] — {map} — Journey Designer</source>
        <translation>{file}{state}[*] — {map} — Journey Designer</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No card selected</source>
        <translation>Ninguna tarjeta seleccionada</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>%n tarjeta seleccionada</numerusform>
            <numerusform>%n tarjetas seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source> — with warnings</source>
        <translation> (con advertencias)</translation>
    </message>
    <message>
        <source>Journey Designer projects (*.journey)</source>
        <translation>Proyectos de Journey Designer (*.journey)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>¿Guardar los cambios de «{name}» antes de cerrar?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Drop a .journey file to open it, or a table or Mermaid diagram to import it.</source>
        <translation>Suelte un archivo .journey para abrirlo, o una tabla o un diagrama de Mermaid para importarlo.</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Guardar el proyecto como</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>“{name}” {reason}.

The previous version of the file is unchanged, and your work is kept in a recovery copy. Save it somewhere else?</source>
        <translation>«{name}» {reason}.

La versión anterior del archivo no ha cambiado y su trabajo se conserva en una copia de recuperación. ¿Guardarlo en otro lugar?</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} guardado</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Modificado en el disco</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by someone else (or a sync client).

Reload it, or keep the version you have here? If you keep yours, saving will replace theirs; Save As keeps both.</source>
        <translation>Otra persona (o un cliente de sincronización) ha modificado «{name}» en el disco.

¿Volver a cargarlo o conservar la versión que tiene aquí? Si conserva la suya, al guardar reemplazará la otra; «Guardar como» conserva las dos.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>No se puede volver a cargar</translation>
    </message>
    <message>
        <source>“{name}” {reason}. Your version is still open.</source>
        <translation>«{name}» {reason}. Su versión sigue abierta.</translation>
    </message>
    <message>
        <source>{path} (missing)</source>
        <translation>{path} (no encontrado)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>New: {title}</source>
        <translation>Nuevo: {title}</translation>
    </message>
    <message>
        <source>Moved here from {place}: {title}</source>
        <translation>Movido aquí desde {place}: {title}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>to {place}</source>
        <translation>a {place}</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>edited: {fields}</source>
        <translation>editado: {fields}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Merge Using It</source>
        <translation>Combinar con ella</translation>
    </message>
    <message>
        <source>Take every change only the other version made, in one step; list the conflicts for a decision</source>
        <translation>Aplicar en un paso cada cambio que solo hizo la otra versión; listar los conflictos para decidir</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>&amp;Take This Change</source>
        <translation>&amp;Aplicar este cambio</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>Take &amp;All</source>
        <translation>Aplicar &amp;todos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>“{copy}” beside this project looks like a conflicted copy left by a sync tool ({tool}).</source>
        <translation>«{copy}», junto a este proyecto, parece una copia en conflicto dejada por una herramienta de sincronización ({tool}).</translation>
    </message>
    <message numerus="yes">
        <source>There are %n such copies; this is the newest.</source>
        <translation>
            <numerusform>Hay %n copia así; es la más reciente.</numerusform>
            <numerusform>Hay %n copias así; esta es la más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file looks like a sync tool&apos;s conflicted copy of “{original}”.</source>
        <translation>Este archivo parece una copia en conflicto de «{original}» creada por una herramienta de sincronización.</translation>
    </message>
    <message>
        <source>Compare them to see what differs and take the changes you want.</source>
        <translation>Compárelos para ver qué difiere y aplicar los cambios que quiera.</translation>
    </message>
    <message>
        <source>Compare with another version</source>
        <translation>Comparar con otra versión</translation>
    </message>
    <message>
        <source>“{name}” {reason}</source>
        <translation>«{name}» {reason}</translation>
    </message>
    <message>
        <source>Leave this as your version has it: the change leaves the list, and Take All passes it by</source>
        <translation>Dejarlo como lo tiene su versión: el cambio sale de la lista y «Aplicar todos» lo pasa por alto</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>“{name}” (kept by the last save) may be the version you both started from.</source>
        <translation>«{name}» (conservado al guardar por última vez) puede ser la versión de la que partieron ambos.</translation>
    </message>
    <message>
        <source>“{name}” (kept by the last save) is newer than “{other}”, so it is not the version you both started from: take their changes one by one.</source>
        <translation>«{name}» (conservado al guardar por última vez) es más reciente que «{other}», así que no es la versión de la que partieron ambos: tome sus cambios uno por uno.</translation>
    </message>
    <message numerus="yes">
        <source>Three-way merge with “{name}”: %n conflict(s) to decide</source>
        <translation>
            <numerusform>Combinación a tres bandas con «{name}»: %n conflicto por decidir</numerusform>
            <numerusform>Combinación a tres bandas con «{name}»: %n conflictos por decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from “{name}”</source>
        <translation>
            <numerusform>%n diferencia con «{name}»</numerusform>
            <numerusform>%n diferencias con «{name}»</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences from “{name}”</source>
        <translation>Ninguna diferencia con «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>(%n left as yours)</source>
        <translation>
            <numerusform>(%n dejado como en su versión)</numerusform>
            <numerusform>(%n dejados como en su versión)</numerusform>
        </translation>
    </message>
    <message>
        <source>Take &amp;All Theirs</source>
        <translation>Aplicar &amp;todos los de la otra</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) no longer applied</source>
        <translation>
            <numerusform>%n cambio ya no aplicado</numerusform>
            <numerusform>%n cambios ya no aplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>Take change from {name}</source>
        <translation>Aplicar el cambio de {name}</translation>
    </message>
    <message>
        <source>Take all from {name}</source>
        <translation>Aplicar todo de {name}</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>No se puede combinar</translation>
    </message>
    <message>
        <source>The backup {reason}</source>
        <translation>La copia de seguridad {reason}</translation>
    </message>
    <message>
        <source>Merge changes only {name} made</source>
        <translation>Combinar los cambios hechos solo en {name}</translation>
    </message>
    <message numerus="yes">
        <source>Took %n change(s) only the other version made</source>
        <translation>
            <numerusform>Se aplicó %n cambio que solo hizo la otra versión</numerusform>
            <numerusform>Se aplicaron %n cambios que solo hizo la otra versión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflicto por decidir</numerusform>
            <numerusform>%n conflictos por decidir</numerusform>
        </translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Archivo en uso</translation>
    </message>
    <message>
        <source>“{name}” is open by {who}.

Open a read-only copy (Save As keeps your changes apart), or open it anyway (the last one to save wins)?</source>
        <translation>{who} tiene abierto «{name}».

¿Abrir una copia de solo lectura («Guardar como» mantiene sus cambios aparte) o abrirlo de todos modos (prevalece quien guarde el último)?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
    <message>
        <source>Link job to card</source>
        <translation>Vincular el job a la tarjeta</translation>
    </message>
    <message>
        <source>Job linked to the card</source>
        <translation>Job vinculado a la tarjeta</translation>
    </message>
    <message>
        <source>Link job to stage</source>
        <translation>Vincular el job a la etapa</translation>
    </message>
    <message>
        <source>Job linked to the stage</source>
        <translation>Job vinculado a la etapa</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>What the lane holds:</source>
        <translation>Contenido de la fila:</translation>
    </message>
    <message>
        <source>Select a stage first.</source>
        <translation>Seleccione primero una etapa.</translation>
    </message>
    <message>
        <source>Select a lane first.</source>
        <translation>Seleccione primero una fila.</translation>
    </message>
    <message>
        <source>A map keeps at least one stage and one lane.</source>
        <translation>Un mapa conserva al menos una etapa y una fila.</translation>
    </message>
    <message numerus="yes">
        <source>Removed with %n card(s) — Undo brings them back.</source>
        <translation>
            <numerusform>Eliminada con %n tarjeta; «Deshacer» la recupera.</numerusform>
            <numerusform>Eliminada con %n tarjetas; «Deshacer» las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add map</source>
        <translation>Añadir mapa</translation>
    </message>
    <message>
        <source>Map name:</source>
        <translation>Nombre del mapa:</translation>
    </message>
    <message>
        <source>Another journey</source>
        <translation>Otro recorrido</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Renombrar mapa</translation>
    </message>
    <message>
        <source>Journey map canvas</source>
        <translation>Lienzo del mapa de experiencia</translation>
    </message>
    <message>
        <source>Design customer journey maps. With no command, opens FILE (or the sample map) in a window.</source>
        <translation>Diseñe mapas de experiencia del cliente. Sin comando, abre FILE (o el mapa de ejemplo) en una ventana.</translation>
    </message>
    <message>
        <source>Run &apos;journeydesigner COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Las opciones de un comando: &apos;journeydesigner COMMAND --help&apos;.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <source>open FILE in the window (the default command)</source>
        <translation>abrir FILE en la ventana (el comando predeterminado)</translation>
    </message>
    <message>
        <source>a .journey file; the bundled sample map when left out</source>
        <translation>un archivo .journey; si se omite, el mapa de ejemplo incluido</translation>
    </message>
    <message>
        <source>create a project file from a template</source>
        <translation>crear un archivo de proyecto a partir de una plantilla</translation>
    </message>
    <message>
        <source>the .journey file to create</source>
        <translation>el archivo .journey que crear</translation>
    </message>
    <message>
        <source>template name (default {default_template})</source>
        <translation>nombre de la plantilla (predeterminada: {default_template})</translation>
    </message>
    <message>
        <source>the project&apos;s title</source>
        <translation>el título del proyecto</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>reemplazar FILE si existe</translation>
    </message>
    <message>
        <source>list the templates and exit</source>
        <translation>listar las plantillas y salir</translation>
    </message>
    <message>
        <source>check project files; exit 2 if any is not valid</source>
        <translation>comprobar archivos de proyecto; código de salida 2 si alguno no es válido</translation>
    </message>
    <message>
        <source>Export a project. Settings not given here are the ones last used for this project.</source>
        <translation>Exportar un proyecto. Los ajustes que no se indiquen aquí son los últimos usados para este proyecto.</translation>
    </message>
    <message>
        <source>write FILE in the format OUT&apos;s extension names ({suffixes})</source>
        <translation>escribir FILE en el formato que indica la extensión de OUT ({suffixes})</translation>
    </message>
    <message>
        <source>the file to write; its extension picks the format: {suffixes} (.journey: a copy in the current format)</source>
        <translation>el archivo que escribir; su extensión elige el formato: {suffixes} (.journey: una copia en el formato actual)</translation>
    </message>
    <message>
        <source>replace OUT if it exists</source>
        <translation>reemplazar OUT si existe</translation>
    </message>
    <message>
        <source>a map to export (repeatable; default all, or the first for PNG and SVG)</source>
        <translation>un mapa que exportar (repetible; por defecto todos, o el primero en PNG y SVG)</translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation>Páginas PDF</translation>
    </message>
    <message>
        <source>custom paper size in millimetres, e.g. 1000x700</source>
        <translation>tamaño de papel personalizado en milímetros, p. ej. 1000x700</translation>
    </message>
    <message>
        <source>the whole map on one page, however small its text (the default picks one page or tiles that keep it legible)</source>
        <translation>el mapa completo en una página, por pequeño que quede el texto (por defecto, una página o varias para que siga siendo legible)</translation>
    </message>
    <message>
        <source>tile each map across C×R pages, e.g. 3x2</source>
        <translation>repartir cada mapa en C×R páginas (columnas × filas), p. ej. 3x2</translation>
    </message>
    <message>
        <source>overlap between tiles</source>
        <translation>solapamiento entre las páginas</translation>
    </message>
    <message>
        <source>tiles: extend backgrounds past the trim for a print shop, e.g. 3</source>
        <translation>varias páginas: extender los fondos más allá del corte para la imprenta, p. ej. 3</translation>
    </message>
    <message>
        <source>draw the job badges and flags on stage headers (internal; off by default)</source>
        <translation>dibujar las insignias de jobs y los avisos en las cabeceras de etapa (uso interno; desactivado por defecto)</translation>
    </message>
    <message>
        <source>comma-separated, from: {choices}</source>
        <translation>separadas por comas, entre: {choices}</translation>
    </message>
    <message>
        <source>confidential export</source>
        <translation>exportación confidencial</translation>
    </message>
    <message>
        <source>leave out a lane (repeatable)</source>
        <translation>omitir una fila (repetible)</translation>
    </message>
    <message>
        <source>leave out internal notes</source>
        <translation>omitir las notas internas</translation>
    </message>
    <message>
        <source>persona names become Persona A, B… in every text; no photo, age, gender or location</source>
        <translation>los nombres de las personas pasan a ser Persona A, B… en todos los textos; sin foto, edad, género ni ubicación</translation>
    </message>
    <message>
        <source>PNG and SVG</source>
        <translation>PNG y SVG</translation>
    </message>
    <message>
        <source>pixels per map point (default 2)</source>
        <translation>píxeles por punto del mapa (2 por defecto)</translation>
    </message>
    <message>
        <source>the same as --scale DPI/96</source>
        <translation>equivale a --scale DPI/96</translation>
    </message>
    <message>
        <source>no background</source>
        <translation>sin fondo</translation>
    </message>
    <message>
        <source>CSV and XLSX</source>
        <translation>CSV y XLSX</translation>
    </message>
    <message>
        <source>cards: one card per row with every field (the default); grid: lanes down, stages across, a card per line, as people draft it</source>
        <translation>cards: una tarjeta por fila con todos los campos (predeterminado); grid: filas hacia abajo, etapas a lo ancho, una tarjeta por línea, como se suele esbozar</translation>
    </message>
    <message>
        <source>compare two versions of a project; exit 0 when they are the same, 1 when they differ</source>
        <translation>comparar dos versiones de un proyecto; código de salida 0 si son iguales, 1 si difieren</translation>
    </message>
    <message>
        <source>List what changed from A to B, a line per change. With --base, what each changed since the version both started from, and the conflicts.</source>
        <translation>Lista lo que cambió de A a B, una línea por cambio. Con --base, lo que cambió cada una desde la versión de partida común, y los conflictos.</translation>
    </message>
    <message>
        <source>the common ancestor, for a three-way comparison</source>
        <translation>el antepasado común, para una comparación a tres bandas</translation>
    </message>
    <message>
        <source>make a project from a spreadsheet or a Mermaid journey ({suffixes})</source>
        <translation>crear un proyecto a partir de una hoja de cálculo o un recorrido de Mermaid ({suffixes})</translation>
    </message>
    <message>
        <source>the file to import: {suffixes}</source>
        <translation>el archivo que importar: {suffixes}</translation>
    </message>
    <message>
        <source>the project to create</source>
        <translation>el proyecto que crear</translation>
    </message>
    <message>
        <source>journeydesigner: {reason}</source>
        <translation>journeydesigner: {reason}</translation>
    </message>
    <message>
        <source>journeydesigner: internal error ({reason})</source>
        <translation>journeydesigner: error interno ({reason})</translation>
    </message>
    <message>
        <source>journeydesigner: internal error; details were written to {where}</source>
        <translation>journeydesigner: error interno; los detalles se escribieron en {where}</translation>
    </message>
    <message>
        <source>new needs -o FILE (or --list-templates)</source>
        <translation>new necesita -o FILE (o --list-templates)</translation>
    </message>
    <message>
        <source>created {out} from the {template} template</source>
        <translation>{out} creado a partir de la plantilla {template}</translation>
    </message>
    <message>
        <source>opens, with problems</source>
        <translation>se abre, con problemas</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>{name}: {state} ({counts})</source>
        <translation>{name}: {state} ({counts})</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n mapa</numerusform>
            <numerusform>%n mapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: and %n more problem(s) reading {name}; `journeydesigner validate` lists them all</source>
        <translation>
            <numerusform>aviso: y %n problema más al leer {name}; `journeydesigner validate` los enumera todos</numerusform>
            <numerusform>aviso: y %n problemas más al leer {name}; `journeydesigner validate` los enumera todos</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {out}: {counts}</source>
        <translation>{out} escrito: {counts}</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>advertencia: {warning}</translation>
    </message>
    <message>
        <source>Make a new project from IN. Spreadsheets (.csv, .xlsx) may be the grid (first column lane names, first row stage names, a card per line in a cell) or one card per row under a header (Map, Stage, Lane, Kind, Title, Body, Emotion score, Personas, Severity, Channel, Status, KPI value, KPI target, Tags, Notes, in any order); the shape is detected. A Mermaid &apos;journey&apos; diagram (.mmd) gives a stage per section, a card per task and a persona per actor; a Markdown page (.md) gives a map per journey fenced as ```mermaid. What could not be read is reported as warnings.</source>
        <translation>Crear un proyecto nuevo a partir de IN. Las hojas de cálculo (.csv, .xlsx) pueden ser una cuadrícula (primera columna: nombres de filas, primera fila: nombres de etapas, una tarjeta por línea en una celda) o una tarjeta por fila bajo un encabezado (Map, Stage, Lane, Kind, Title, Body, Emotion score, Personas, Severity, Channel, Status, KPI value, KPI target, Tags, Notes, en cualquier orden); la forma se detecta. Un diagrama &apos;journey&apos; de Mermaid (.mmd) da una etapa por sección, una tarjeta por tarea y una persona por actor; una página Markdown (.md) da un mapa por cada journey en un bloque ```mermaid. Lo que no se pudo leer se indica como advertencias.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>{out} escrito</translation>
    </message>
    <message>
        <source>import writes a project: -o needs a .journey file, not {out}</source>
        <translation>import escribe un proyecto: -o necesita un archivo .journey, no {out}</translation>
    </message>
    <message>
        <source>there is no map named {missing!r}; the maps are: {choices}</source>
        <translation>no hay ningún mapa llamado {missing!r}; los mapas son: {choices}</translation>
    </message>
    <message>
        <source>unknown section {unknown!r}; choose from {choices}</source>
        <translation>sección desconocida {unknown!r}; elija entre {choices}</translation>
    </message>
    <message>
        <source>there is no lane named {missing!r}</source>
        <translation>no hay ninguna fila llamada {missing!r}</translation>
    </message>
    <message>
        <source>export options</source>
        <translation>opciones de exportación</translation>
    </message>
    <message>
        <source>{flag} takes two numbers such as 3x2, not {text!r}</source>
        <translation>{flag} espera dos números como 3x2, no {text!r}</translation>
    </message>
    <message>
        <source>cannot write {out}: {reason}</source>
        <translation>no se puede escribir {out}: {reason}</translation>
    </message>
    <message>
        <source>{out} already exists; add --force to replace it</source>
        <translation>{out} ya existe; añada --force para reemplazarlo</translation>
    </message>
    <message>
        <source>{out} is a folder</source>
        <translation>{out} es una carpeta</translation>
    </message>
    <message>
        <source>cannot write {out}: the folder {parent} does not exist</source>
        <translation>no se puede escribir {out}: la carpeta {parent} no existe</translation>
    </message>
    <message>
        <source>no display found; use `journeydesigner export` for headless work</source>
        <translation>no se encontró ninguna pantalla; sin pantalla, use `journeydesigner export`</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Mover etapa</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>Eliminar fila</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Mover fila</translation>
    </message>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation>
            <numerusform>Añadir %n tarjeta</numerusform>
            <numerusform>Añadir %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Eliminar %n tarjeta</numerusform>
            <numerusform>Eliminar %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove map</source>
        <translation>Eliminar mapa</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Mover persona</translation>
    </message>
    <message>
        <source>Add job</source>
        <translation>Añadir job</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>Eliminar job</translation>
    </message>
    <message>
        <source>Move job</source>
        <translation>Mover job</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>Persona {mark}</source>
        <translation>Persona {mark}</translation>
    </message>
    <message>
        <source>Anonymised: “{name}” alone was taken for {label} in {places}; check that it means the persona.</source>
        <translation>Anonimizado: «{name}» solo se interpretó como {label} en {places}; compruebe que se refiere a la persona.</translation>
    </message>
    <message>
        <source>Anonymised: “{word}” may be a persona&apos;s nickname or shared name and was left as it is in {places}.</source>
        <translation>Anonimizado: «{word}» puede ser el apodo de una persona o un nombre compartido, y se dejó tal cual en {places}.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer journey</translation>
    </message>
    <message>
        <source>for {client}</source>
        <translation>para {client}</translation>
    </message>
    <message>
        <source>Prepared by {author}</source>
        <translation>Preparado por {author}</translation>
    </message>
    <message>
        <source>Maps: {names}</source>
        <translation>Mapas: {names}</translation>
    </message>
    <message>
        <source>Scope and method</source>
        <translation>Alcance y método</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>the project title on the cover</source>
        <translation>el título del proyecto en la portada</translation>
    </message>
    <message>
        <source>the project notes on the cover</source>
        <translation>las notas del proyecto en la portada</translation>
    </message>
    <message>
        <source>lane “{lane}” (name)</source>
        <translation>fila «{lane}» (nombre)</translation>
    </message>
    <message>
        <source>card “{card}” (tags)</source>
        <translation>tarjeta «{card}» (etiquetas)</translation>
    </message>
    <message>
        <source>job “{job}…”</source>
        <translation>job «{job}…»</translation>
    </message>
    <message>
        <source>Shortened to fit where it is drawn: {places}.</source>
        <translation>Acortado para que quepa en su sitio: {places}.</translation>
    </message>
    <message>
        <source>“{map}”: the map&apos;s description is longer than {lines} lines and was cut on the map page.</source>
        <translation>«{map}»: la descripción del mapa supera las {lines} líneas y se ha cortado en la página del mapa.</translation>
    </message>
    <message>
        <source>custom paper</source>
        <translation>de tamaño personalizado</translation>
    </message>
    <message>
        <source>on one {paper} page</source>
        <translation>en una página {paper}</translation>
    </message>
    <message>
        <source>“{map}”: {share} % of the map&apos;s words would print below {legible} pt (the smallest at {size} pt); choose “Automatic” to tile it legibly, larger paper, or more tiles.</source>
        <translation>«{map}»: el {share} % de las palabras del mapa se imprimiría por debajo de {legible} pt (la más pequeña a {size} pt); elija «Automático» para repartirlo de forma legible, un papel más grande o más páginas.</translation>
    </message>
    <message>
        <source>Part {part} (row {row} of {rows}, column {column} of {columns}) — {map}</source>
        <translation>Parte {part} (fila {row} de {rows}, columna {column} de {columns}) — {map}</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canales preferidos</translation>
    </message>
    <message>
        <source>Persona “{name}”: the quote is longer than {lines} lines and was cut on its page.</source>
        <translation>Persona «{name}»: la cita supera las {lines} líneas y se ha cortado en su página.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivaciones</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Comportamientos</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Estilo de vida</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>across {cols} × {rows} {paper} pages (to be joined into one poster)</source>
        <translation>en {cols} × {rows} páginas {paper} (para unirlas en un póster)</translation>
    </message>
    <message>
        <source>“{map}” is printed {how}, so its smallest text is {size} pt (legible is {legible} pt or more).</source>
        <translation>«{map}» se imprime {how}: su texto más pequeño queda así en {size} pt (legible a partir de {legible} pt).</translation>
    </message>
    <message>
        <source>On {paper} paper or larger it prints on one page.</source>
        <translation>En papel {paper} o mayor se imprime en una sola página.</translation>
    </message>
    <message>
        <source>Persona: {name} (continued)</source>
        <translation>Persona: {name} (continuación)</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (continuación)</translation>
    </message>
    <message>
        <source>Job to be done</source>
        <translation>Job to be Done</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Jobs to be done, ranked by opportunity</source>
        <translation>Jobs to be Done, ordenados por oportunidad</translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth attention (amber), above 15 is strong (green).</source>
        <translation>Oportunidad = importancia + máx(importancia − satisfacción, 0), cada una valorada de 1 a 10; por encima de 10 merece atención (ámbar), por encima de 15 es fuerte (verde).</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Acción del cliente</translation>
    </message>
    <message>
        <source>Touchpoint, with its channel</source>
        <translation>Punto de contacto, con su canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>“A thought, in the customer&apos;s words”</source>
        <translation>«Un pensamiento, con las palabras del cliente»</translation>
    </message>
    <message>
        <source>Emotion (off the curve)</source>
        <translation>Emoción (fuera de la curva)</translation>
    </message>
    <message>
        <source>Pain point, with severity 1–5</source>
        <translation>Punto de dolor, con gravedad de 1 a 5</translation>
    </message>
    <message>
        <source>Opportunity, with status and owner</source>
        <translation>Oportunidad, con estado y responsable</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Nombre de la métrica</translation>
    </message>
    <message>
        <source>Backstage / support process</source>
        <translation>Proceso de backstage / soporte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Opportunity status</source>
        <translation>Estado de la oportunidad</translation>
    </message>
    <message>
        <source>Emotional journey</source>
        <translation>Recorrido emocional</translation>
    </message>
    <message>
        <source>Each point is how the customer feels at a stage, from {low} (worst) to +{high} (best); the curve joins a persona&apos;s points, in the persona&apos;s colour.</source>
        <translation>Cada punto es cómo se siente el cliente en una etapa, de {low} (peor) a +{high} (mejor); la curva une los puntos de una persona, en el color de esa persona.</translation>
    </message>
    <message>
        <source>there is nothing to export: choose at least one section</source>
        <translation>no hay nada que exportar: elija al menos una sección</translation>
    </message>
    <message>
        <source>Customer journey map</source>
        <translation>Mapa de experiencia del cliente</translation>
    </message>
    <message>
        <source>Customer journey map for {client}</source>
        <translation>Mapa de experiencia del cliente para {client}</translation>
    </message>
    <message>
        <source>customer journey</source>
        <translation>customer journey</translation>
    </message>
    <message>
        <source>journey map</source>
        <translation>mapa de experiencia</translation>
    </message>
    <message>
        <source>the photo of {name}</source>
        <translation>la foto de {name}</translation>
    </message>
    <message>
        <source>the image on the card “{title}”</source>
        <translation>la imagen de la tarjeta «{title}»</translation>
    </message>
    <message>
        <source>{what} prints at {ppi} ppi, below the {low} ppi a photo needs to look sharp; use a larger image</source>
        <translation>{what} se imprime a {ppi} ppp, por debajo de los {low} ppp que necesita una foto para verse nítida; use una imagen más grande</translation>
    </message>
    <message>
        <source>there is nothing to draw in that area</source>
        <translation>no hay nada que dibujar en esa zona</translation>
    </message>
    <message>
        <source>a {width} × {height} pixel image is more than the {limit} million pixels a PNG export may have; choose a smaller scale (at most {scale}) or export a PDF</source>
        <translation>una imagen de {width} × {height} píxeles supera los {limit} millones de píxeles que admite una exportación PNG; elija una escala menor (como máximo {scale}) o exporte un PDF</translation>
    </message>
    <message>
        <source>there is not enough memory for a {width:,} × {height:,} pixel image</source>
        <translation>no hay memoria suficiente para una imagen de {width:,} × {height:,} píxeles</translation>
    </message>
    <message>
        <source>could not write the PNG image {path} ({reason})</source>
        <translation>no se pudo escribir la imagen PNG {path} ({reason})</translation>
    </message>
    <message>
        <source>{title} — made with Journey Designer</source>
        <translation>{title}, creado con Journey Designer</translation>
    </message>
    <message>
        <source>could not write the SVG file {path}</source>
        <translation>no se pudo escribir el archivo SVG {path}</translation>
    </message>
    <message>
        <source>cannot export to &apos;{suffix}&apos;; choose one of {choices}</source>
        <translation>no se puede exportar a &apos;{suffix}&apos;; elija uno de {choices}</translation>
    </message>
    <message>
        <source>{path} {reason}</source>
        <translation>{path} {reason}</translation>
    </message>
    <message>
        <source>the project has no map to draw</source>
        <translation>el proyecto no tiene ningún mapa que dibujar</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>Journey Designer project</source>
        <translation>Proyecto de Journey Designer</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Mermaid journey diagram</source>
        <translation>Diagrama de recorrido de Mermaid</translation>
    </message>
    <message>
        <source>Markdown with Mermaid journeys</source>
        <translation>Markdown con journeys de Mermaid</translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>Presentación de PowerPoint</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>cannot import &apos;{suffix}&apos;; choose one of {choices}</source>
        <translation>no se puede importar &apos;{suffix}&apos;; elija uno de {choices}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Feeling {score}</source>
        <translation>Emoción {score}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>objetivo {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>{map} — stages {first}–{last}, part {part}</source>
        <translation>{map}: etapas {first}–{last}, parte {part}</translation>
    </message>
    <message>
        <source>“{map}”: some lanes are taller than a slide, so their text is as small as {size} pt.</source>
        <translation>«{map}»: algunas filas son más altas que una diapositiva, así que su texto baja a {size} pt.</translation>
    </message>
    <message>
        <source>Notes on cards:</source>
        <translation>Notas de las tarjetas:</translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation>Etapa sin título</translation>
    </message>
    <message>
        <source>Emotion curve {name}</source>
        <translation>Curva emocional {name}</translation>
    </message>
    <message>
        <source>Persona “{name}”: the fields do not fit one slide.</source>
        <translation>Persona «{name}»: los campos no caben en una diapositiva.</translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10.</source>
        <translation>Oportunidad = importancia + máx(importancia − satisfacción, 0), cada una valorada de 1 a 10.</translation>
    </message>
    <message>
        <source>Untitled lane</source>
        <translation>Fila sin título</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Acciones del cliente</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
    <message>
        <source>this is not a Mermaid journey diagram: it must start with &apos;journey&apos;, not &apos;{first}&apos;</source>
        <translation>no es un diagrama de recorrido de Mermaid: debe empezar por &apos;journey&apos;, no por &apos;{first}&apos;</translation>
    </message>
    <message>
        <source>the diagram is empty: it must start with &apos;journey&apos;</source>
        <translation>el diagrama está vacío: debe empezar por &apos;journey&apos;</translation>
    </message>
    <message>
        <source>the task &apos;{task}&apos; needs a score after a colon, such as &apos;{task}: 3: Me&apos;</source>
        <translation>la tarea &apos;{task}&apos; necesita una puntuación tras dos puntos, como &apos;{task}: 3: Me&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no task name before its colon</source>
        <translation>&apos;{text}&apos; no tiene nombre de tarea antes de los dos puntos</translation>
    </message>
    <message>
        <source>&apos;journey&apos; may only start the diagram (a task or section cannot begin with it)</source>
        <translation>&apos;journey&apos; solo puede abrir el diagrama (una tarea o sección no puede empezar por ella)</translation>
    </message>
    <message>
        <source>Mermaid does not accept &apos;{text}&apos; here</source>
        <translation>Mermaid no acepta &apos;{text}&apos; aquí</translation>
    </message>
    <message>
        <source>{name} is longer than the {limit} characters Mermaid draws by default</source>
        <translation>{name} supera los {limit} caracteres que Mermaid dibuja por defecto</translation>
    </message>
    <message>
        <source>{name} holds no Mermaid journey diagram (a block fenced as ```mermaid that starts with &apos;journey&apos;)</source>
        <translation>{name} no contiene ningún diagrama journey de Mermaid (un bloque ```mermaid que empiece por &apos;journey&apos;)</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>una sección</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>{where}: the score &apos;{text}&apos; of &apos;{task}&apos; is not a number; it was read as 3 (neutral)</source>
        <translation>{where}: la puntuación &apos;{text}&apos; de &apos;{task}&apos; no es un número; se leyó como 3 (neutral)</translation>
    </message>
    <message>
        <source>{where}: the score {text} of &apos;{task}&apos; is outside Mermaid&apos;s 1…5; it was read as {clamped}</source>
        <translation>{where}: la puntuación {text} de &apos;{task}&apos; está fuera del 1…5 de Mermaid; se leyó como {clamped}</translation>
    </message>
    <message>
        <source>a Mermaid diagram holds one map: only &apos;{name}&apos; was written</source>
        <translation>un diagrama de Mermaid contiene un solo mapa: solo se escribió &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the diagram has {count} characters; Mermaid draws at most {limit} unless its maxTextSize setting is raised</source>
        <translation>el diagrama tiene {count} caracteres; Mermaid dibuja como máximo {limit} salvo que se aumente su ajuste maxTextSize</translation>
    </message>
    <message>
        <source>map &apos;{name}&apos; has no customer actions lane, so the diagram has no tasks</source>
        <translation>el mapa &apos;{name}&apos; no tiene fila de acciones del cliente, así que el diagrama no tiene tareas</translation>
    </message>
    <message>
        <source>tasks in stages without an emotion point were given the neutral score 3</source>
        <translation>las tareas de etapas sin punto de emoción recibieron la puntuación neutral 3</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>KPIs / metrics</source>
        <translation>KPI / métricas</translation>
    </message>
    <message>
        <source>Backstage / support</source>
        <translation>Backstage / soporte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Punto de dolor</translation>
    </message>
    <message>
        <source>Backstage process</source>
        <translation>Proceso de backstage</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Aplicación móvil</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Phone / chat</source>
        <translation>Teléfono / chat</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Boca a boca</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Funcional</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Emocional</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(varios)</translation>
    </message>
    <message>
        <source>Change “{field}”</source>
        <translation>Cambiar «{field}»</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>separados, por comas</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>uno por línea</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Kind&apos;s colour</source>
        <translation>Color del tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Severity (1–5)</source>
        <translation>Gravedad (1–5)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Emotion score</source>
        <translation>Puntuación emocional</translation>
    </message>
    <message>
        <source>KPI metric</source>
        <translation>Métrica del KPI</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>Valor del KPI</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>Objetivo del KPI</translation>
    </message>
    <message>
        <source>KPI unit</source>
        <translation>Unidad del KPI</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuando</translation>
    </message>
    <message>
        <source>I want to</source>
        <translation>Quiero</translation>
    </message>
    <message>
        <source>So I can</source>
        <translation>Para poder</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>the project has no map to export</source>
        <translation>el proyecto no tiene ningún mapa que exportar</translation>
    </message>
    <message>
        <source>map &apos;{name}&apos;: card titles with line breaks were written on one line (a grid cell holds one card per line)</source>
        <translation>mapa &apos;{name}&apos;: los títulos de tarjeta con saltos de línea se escribieron en una línea (una celda de la cuadrícula contiene una tarjeta por línea)</translation>
    </message>
    <message>
        <source>map &apos;{name}&apos;: a grid holds each card&apos;s title only; the bodies, notes, tags and fields of {count} card(s) were not written (choose one card per row to keep them)</source>
        <translation>mapa &apos;{name}&apos;: una cuadrícula solo guarda el título de cada tarjeta; los textos, notas, etiquetas y campos de {count} tarjeta(s) no se escribieron (elija una tarjeta por fila para conservarlos)</translation>
    </message>
    <message>
        <source>{where}: the file makes more than {limit} cards, more than an import may make; split it into several files</source>
        <translation>{where}: el archivo daría más de {limit} tarjetas, más de las que puede crear una importación; divídalo en varios archivos</translation>
    </message>
    <message>
        <source>{where}: {field} {reason}</source>
        <translation>{where}: {field} {reason}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; was skipped: it holds no table ({reason})</source>
        <translation>se omitió la hoja &apos;{sheet}&apos;: no contiene ninguna tabla ({reason})</translation>
    </message>
    <message>
        <source>{name} is empty: there is no row with text in it</source>
        <translation>{name} está vacío: ninguna fila contiene texto</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has {rows} rows, more than the {limit} an import may have</source>
        <translation>la hoja &apos;{sheet}&apos; tiene {rows} filas, más de las {limit} que admite una importación</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row} has {columns} columns, more than the {limit} an import may have</source>
        <translation>hoja &apos;{sheet}&apos;, fila {row}: tiene {columns} columnas, más de las {limit} que admite una importación</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}</source>
        <translation>hoja &apos;{sheet}&apos;, {place}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has {count} merged range(s) (the first: {cells}); each was read as its first cell&apos;s text, spanning its stages, lanes or rows</source>
        <translation>la hoja &apos;{sheet}&apos; tiene {count} rango(s) combinado(s) (el primero: {cells}); cada uno se leyó como el texto de su primera celda, en todas sus etapas o filas</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;: row(s) {rows} above the table were read as its title &apos;{title}&apos;</source>
        <translation>hoja &apos;{sheet}&apos;: la(s) fila(s) {rows} sobre la tabla se leyeron como su título &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{where}: no header; the first row needs stage names from column {column} on (the grid), or card fields such as Stage, Lane and Title (one card per row)</source>
        <translation>{where}: sin encabezado; la primera fila necesita nombres de etapa desde la columna {column} (cuadrícula) o campos de tarjeta como Stage, Lane y Title (una tarjeta por fila)</translation>
    </message>
    <message>
        <source>{where} holds text but column {column} of that row names no lane</source>
        <translation>{where} contiene texto, pero la columna {column} de esa fila no nombra ninguna fila del mapa</translation>
    </message>
    <message>
        <source>{where} holds text but row {row} names no stage above it</source>
        <translation>{where} contiene texto, pero la fila {row} no nombra ninguna etapa encima</translation>
    </message>
    <message>
        <source>{where}: the emotion score &apos;{text}&apos; is not a number; it was set to 0 (neutral)</source>
        <translation>{where}: la puntuación emocional &apos;{text}&apos; no es un número; se puso a 0 (neutral)</translation>
    </message>
    <message>
        <source>{where}: the emotion score {score} is outside {low}…{high}; it was set to {clamped}</source>
        <translation>{where}: la puntuación emocional {score} está fuera de {low}…{high}; se puso a {clamped}</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a {what} this program knows; {default} was used</source>
        <translation>{where}: &apos;{text}&apos; no es un {what} que este programa conozca; se usó {default}</translation>
    </message>
    <message>
        <source>card kind</source>
        <translation>tipo de tarjeta</translation>
    </message>
    <message>
        <source>{where}: the card has no {what}; it was put in &apos;{name}&apos;</source>
        <translation>{where}: la tarjeta no tiene {what}; se colocó en &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>column {column} (&apos;{header}&apos;) is not a card field; its values were kept in the cards&apos; notes</source>
        <translation>la columna {column} (&apos;{header}&apos;) no es un campo de tarjeta; sus valores se conservaron en las notas de las tarjetas</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number; {default} was used</source>
        <translation>{where}: &apos;{text}&apos; no es un número; se usó {default}</translation>
    </message>
    <message>
        <source>{where}: {value} is outside {low}…{high}; it was set to {clamped}</source>
        <translation>{where}: {value} está fuera de {low}…{high}; se puso a {clamped}</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number; it was left empty</source>
        <translation>{where}: &apos;{text}&apos; no es un número; se dejó vacío</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}: the personas sheet needs a Name column</source>
        <translation>hoja &apos;{sheet}&apos;, {place}: la hoja de personas necesita una columna Name</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row}</source>
        <translation>hoja &apos;{sheet}&apos;, fila {row}</translation>
    </message>
    <message>
        <source>job kind</source>
        <translation>tipo de job</translation>
    </message>
    <message>
        <source>{where}: there is no stage &apos;{name}&apos;; the job was not linked to it</source>
        <translation>{where}: no hay ninguna etapa &apos;{name}&apos;; el job no se vinculó a ella</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nombre de la etapa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Descripción de la etapa</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Stage width</source>
        <translation>Ancho de la etapa</translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation>Nombre de la fila</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>Tipo de fila</translation>
    </message>
    <message>
        <source>Map name</source>
        <translation>Nombre del mapa</translation>
    </message>
    <message>
        <source>Map description</source>
        <translation>Descripción del mapa</translation>
    </message>
    <message>
        <source>For personas</source>
        <translation>Para las personas</translation>
    </message>
    <message>
        <source>Map personas</source>
        <translation>Personas del mapa</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>jobs</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>etapas</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ancho</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>fecha de creación</translation>
    </message>
    <message>
        <source>emotion scale</source>
        <translation>escala emocional</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>situación</translation>
    </message>
    <message>
        <source>motivation</source>
        <translation>motivación</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>importancia</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>satisfacción</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{what} &apos;{label}&apos;</source>
        <translation>{what} &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>{item} added in {where}</source>
        <translation>Se añadió {item} en {where}</translation>
    </message>
    <message>
        <source>{item} added</source>
        <translation>Se añadió {item}</translation>
    </message>
    <message numerus="yes">
        <source>{item} removed, with its %n card(s)</source>
        <translation>
            <numerusform>Se eliminó {item}, con %n tarjeta</numerusform>
            <numerusform>Se eliminó {item}, con sus %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>{item} removed from {where}</source>
        <translation>Se eliminó {item} de {where}</translation>
    </message>
    <message>
        <source>{item} removed</source>
        <translation>Se eliminó {item}</translation>
    </message>
    <message>
        <source>{item} renamed to &apos;{name}&apos;</source>
        <translation>{item} pasó a llamarse &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Ajustes de exportación</translation>
    </message>
    <message>
        <source>{subject} in {where}</source>
        <translation>{subject} en {where}</translation>
    </message>
    <message>
        <source>{subject}: changed from {before} to {after}</source>
        <translation>{subject}: cambió de {before} a {after}</translation>
    </message>
    <message>
        <source>{subject}: {field} changed from {old} to {new}</source>
        <translation>{subject}: «{field}» cambió de {old} a {new}</translation>
    </message>
    <message>
        <source>{subject}: {field} changed</source>
        <translation>{subject}: «{field}» modificado</translation>
    </message>
    <message>
        <source>{persona}&apos;s emotion point in {where} went from {old:+d} to {new:+d}</source>
        <translation>El punto de emoción de {persona} en {where} pasó de {old:+d} a {new:+d}</translation>
    </message>
    <message>
        <source>Emotion point &apos;{label}&apos; in {where} went from {old:+d} to {new:+d}</source>
        <translation>El punto de emoción &apos;{label}&apos; en {where} pasó de {old:+d} a {new:+d}</translation>
    </message>
    <message>
        <source>{item} moved from {was} to {now}</source>
        <translation>{item} se movió de {was} a {now}</translation>
    </message>
    <message>
        <source>{stage} › {lane}</source>
        <translation>{stage} › {lane}</translation>
    </message>
    <message>
        <source>{stage} ({lane})</source>
        <translation>{stage} ({lane})</translation>
    </message>
    <message>
        <source>{lane} ({stage})</source>
        <translation>{lane} ({stage})</translation>
    </message>
    <message>
        <source>{item} moved from place {old} to {new} in {where}</source>
        <translation>{item} pasó de la posición {old} a la {new} en {where}</translation>
    </message>
    <message>
        <source>{item} moved from place {old} to {new}</source>
        <translation>{item} pasó de la posición {old} a la {new}</translation>
    </message>
    <message>
        <source>{map}: {text}</source>
        <translation>{map}: {text}</translation>
    </message>
    <message>
        <source>{subject}: both changed the {field} ({mine} here, {theirs} in the other version)</source>
        <translation>{subject}: «{field}» cambiado en las dos versiones ({mine} aquí, {theirs} en la otra)</translation>
    </message>
    <message>
        <source>{subject}: both changed the {field}</source>
        <translation>{subject}: «{field}» cambiado en las dos versiones</translation>
    </message>
    <message>
        <source>Conflict: they: {theirs}; you: {ours}</source>
        <translation>Conflicto: la otra versión: {theirs}; la suya: {ours}</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Ninguna persona</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Imp.</source>
        <translation>Imp.</translation>
    </message>
    <message>
        <source>Sat.</source>
        <translation>Sat.</translation>
    </message>
    <message>
        <source>Opp.</source>
        <translation>Oport.</translation>
    </message>
    <message>
        <source>Drag a job onto a card or a stage header to link them</source>
        <translation>Arrastre un job a una tarjeta o a la cabecera de una etapa para vincularlos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>When…</source>
        <translation>Cuando…</translation>
    </message>
    <message>
        <source>When (the situation)</source>
        <translation>Cuando (la situación)</translation>
    </message>
    <message>
        <source>I want to…</source>
        <translation>quiero…</translation>
    </message>
    <message>
        <source>I want to (the motivation)</source>
        <translation>quiero (la motivación)</translation>
    </message>
    <message>
        <source>so I can…</source>
        <translation>para poder…</translation>
    </message>
    <message>
        <source>So I can (the expected outcome)</source>
        <translation>Para poder (el resultado esperado)</translation>
    </message>
    <message>
        <source>Job kind</source>
        <translation>Tipo de job</translation>
    </message>
    <message>
        <source>Importance, 1 to 10</source>
        <translation>Importancia, de 1 a 10</translation>
    </message>
    <message>
        <source>Satisfaction, 1 to 10</source>
        <translation>Satisfacción, de 1 a 10</translation>
    </message>
    <message>
        <source>Opportunity score</source>
        <translation>Puntuación de oportunidad</translation>
    </message>
    <message>
        <source>Job personas</source>
        <translation>Personas del job</translation>
    </message>
    <message>
        <source>Job stages</source>
        <translation>Etapas del job</translation>
    </message>
    <message>
        <source>&lt;b&gt;{score}&lt;/b&gt; = importance + max(importance − satisfaction, 0)</source>
        <translation>&lt;b&gt;{score}&lt;/b&gt; = importancia + máx(importancia − satisfacción, 0)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) link to this job. Delete it and remove the links? (Undo brings everything back.)</source>
        <translation>
            <numerusform>%n tarjeta está vinculada a este job. ¿Eliminarlo y quitar el vínculo? («Deshacer» lo recupera todo).</numerusform>
            <numerusform>%n tarjetas están vinculadas a este job. ¿Eliminarlo y quitar los vínculos? («Deshacer» lo recupera todo).</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {words}. {stage}, {lane}.</source>
        <translation>{kind}: {words}. {stage}, {lane}.</translation>
    </message>
    <message>
        <source>Map outline</source>
        <translation>Esquema del mapa</translation>
    </message>
    <message>
        <source>Stages, their lanes and the cards in them, in the order of the map</source>
        <translation>Las etapas, sus filas y sus tarjetas, en el orden del mapa</translation>
    </message>
    <message>
        <source>Stage {n}: {name}</source>
        <translation>Etapa {n}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{lane} (%n card(s))</source>
        <translation>
            <numerusform>{lane} (%n tarjeta)</numerusform>
            <numerusform>{lane} (%n tarjetas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlight on the map</source>
        <translation>Resaltar en el mapa</translation>
    </message>
    <message>
        <source>Fade every card and emotion curve that is not this persona&apos;s</source>
        <translation>Atenuar las tarjetas y curvas emocionales que no son de esta persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Role or occupation</source>
        <translation>Rol u ocupación</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Color de la persona</translation>
    </message>
    <message>
        <source>Persona {number}</source>
        <translation>Persona {number}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Duplicate persona</source>
        <translation>Duplicar persona</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), maps or jobs refer to “{name}”. Delete the persona and remove those links? (The cards stay; Undo brings everything back.)</source>
        <translation>
            <numerusform>%n tarjeta, mapa o job hace referencia a «{name}». ¿Eliminar la persona y quitar ese vínculo? (Las tarjetas se quedan; «Deshacer» lo recupera todo).</numerusform>
            <numerusform>%n tarjetas, mapas o jobs hacen referencia a «{name}». ¿Eliminar la persona y quitar esos vínculos? (Las tarjetas se quedan; «Deshacer» lo recupera todo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>Cambiar la foto de la persona</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>No es una imagen</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Título del proyecto</translation>
    </message>
    <message>
        <source>Shown on the cover and every page</source>
        <translation>Aparece en la portada y en cada página</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>You, or your team</source>
        <translation>Usted o su equipo</translation>
    </message>
    <message>
        <source>No fixed date</source>
        <translation>Sin fecha fija</translation>
    </message>
    <message>
        <source>No fixed date: the cover shows the day of each export</source>
        <translation>Sin fecha fija: la portada muestra el día de cada exportación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Etiqueta de versión</translation>
    </message>
    <message>
        <source>e.g. Draft 2</source>
        <translation>p. ej. Borrador 2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Project notes</source>
        <translation>Notas del proyecto</translation>
    </message>
    <message>
        <source>Scope and method, printed on the cover</source>
        <translation>Alcance y método, impresos en la portada</translation>
    </message>
    <message>
        <source>Client logo</source>
        <translation>Logotipo del cliente</translation>
    </message>
    <message>
        <source>Day of the export</source>
        <translation>Día de la exportación</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose the client&apos;s logo</source>
        <translation>Elegir el logotipo del cliente</translation>
    </message>
    <message>
        <source>Change client logo</source>
        <translation>Cambiar el logotipo del cliente</translation>
    </message>
    <message>
        <source>Remove client logo</source>
        <translation>Quitar el logotipo del cliente</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Propiedades del proyecto</translation>
    </message>
    <message>
        <source>What the deliverable says about itself: the cover, every page&apos;s header and footer, and the file&apos;s properties. Changes apply at once and can be undone.</source>
        <translation>Lo que el entregable dice de sí mismo: la portada, el encabezado y el pie de cada página y las propiedades del archivo. Los cambios se aplican al instante y se pueden deshacer.</translation>
    </message>
    <message>
        <source>Journey Designer — presentation</source>
        <translation>Journey Designer: presentación</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation>Dónde estamos</translation>
    </message>
    <message>
        <source>Introduction {n} of {total}</source>
        <translation>Introducción {n} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Overview · %n stage(s)</source>
        <translation>
            <numerusform>Vista general · %n etapa</numerusform>
            <numerusform>Vista general · %n etapas</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage {n} of {total} · {name}</source>
        <translation>Etapa {n} de {total} · {name}</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>es obligatorio pero falta</translation>
    </message>
    <message>
        <source>must be text (found {kind})</source>
        <translation>debe ser texto (encontrado: {kind})</translation>
    </message>
    <message>
        <source>must be a list (found {kind})</source>
        <translation>debe ser una lista (encontrado: {kind})</translation>
    </message>
    <message>
        <source>must be an object (found {kind})</source>
        <translation>debe ser un objeto (encontrado: {kind})</translation>
    </message>
    <message>
        <source>a number with more than {limit} digits</source>
        <translation>un número de más de {limit} cifras</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>must be at most {limit} (found {got})</source>
        <translation>debe ser como máximo {limit} (encontrado: {got})</translation>
    </message>
    <message>
        <source>must be at least {limit} (found {got})</source>
        <translation>debe ser como mínimo {limit} (encontrado: {got})</translation>
    </message>
    <message>
        <source>must be a whole number (found {got})</source>
        <translation>debe ser un número entero (encontrado: {got})</translation>
    </message>
    <message>
        <source>must be a number (found {got})</source>
        <translation>debe ser un número (encontrado: {got})</translation>
    </message>
    <message>
        <source>must be a finite number (found {got})</source>
        <translation>debe ser un número finito (encontrado: {got})</translation>
    </message>
    <message>
        <source>must be true or false (found {got})</source>
        <translation>debe ser true o false (encontrado: {got})</translation>
    </message>
    <message>
        <source>must be one of {expected} (found {got})</source>
        <translation>debe ser uno de {expected} (encontrado: {got})</translation>
    </message>
    <message>
        <source>has an unknown card kind {kind}; expected one of {expected}</source>
        <translation>tiene un tipo de tarjeta desconocido {kind}; se esperaba uno de {expected}</translation>
    </message>
    <message>
        <source>has no &apos;kind&apos;, so it is not clear what kind of card it is</source>
        <translation>no tiene &apos;kind&apos;, así que no está claro qué tipo de tarjeta es</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters)</source>
        <translation>es demasiado largo (como máximo {limit} caracteres)</translation>
    </message>
    <message>
        <source>has too many items (at most {limit})</source>
        <translation>tiene demasiados elementos (como máximo {limit})</translation>
    </message>
    <message>
        <source>has the wrong form: {got}</source>
        <translation>no tiene la forma correcta: {got}</translation>
    </message>
    <message>
        <source>is not a date and time (found {got})</source>
        <translation>no es una fecha y hora (encontrado: {got})</translation>
    </message>
    <message>
        <source>has too few items (at least {limit})</source>
        <translation>tiene muy pocos elementos (como mínimo {limit})</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (y %n problema más)</numerusform>
            <numerusform> (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: the image is {width} × {height} pixels, more than the {max_image_pixels} million pixels allowed</source>
        <translation>{where}: la imagen tiene {width} × {height} píxeles, más de los {max_image_pixels} millones de píxeles permitidos</translation>
    </message>
    <message>
        <source>the image is a {fmt} image stored under the wrong name; it is kept under its right name</source>
        <translation>la imagen es una imagen {fmt} guardada con un nombre incorrecto; se conserva con su nombre correcto</translation>
    </message>
    <message>
        <source>the image is a {fmt} image; it was converted to PNG, which saving keeps</source>
        <translation>la imagen es una imagen {fmt}; se ha convertido a PNG, y así se guardará</translation>
    </message>
    <message>
        <source>{where}: the image has an absurd number of pixels</source>
        <translation>{where}: la imagen tiene un número absurdo de píxeles</translation>
    </message>
    <message>
        <source>{where}: is not a readable image</source>
        <translation>{where}: no es una imagen legible</translation>
    </message>
    <message>
        <source>the image is {width} × {height} pixels, more than the project&apos;s images may have together; it was reduced to {small_width} × {small_height}, which saving keeps</source>
        <translation>la imagen tiene {width} × {height} píxeles, más de lo que pueden sumar las imágenes del proyecto; se ha reducido a {small_width} × {small_height}, y así se guardará</translation>
    </message>
    <message>
        <source>project.json › format_version: is missing, so the file&apos;s format is unknown</source>
        <translation>project.json › format_version: falta, así que el formato del archivo es desconocido</translation>
    </message>
    <message>
        <source>project.json › format_version: {raw} is not a version such as &quot;1.0&quot;</source>
        <translation>project.json › format_version: {raw} no es una versión como &quot;1.0&quot;</translation>
    </message>
    <message>
        <source>project.json › map: must be an object (found {kind})</source>
        <translation>project.json › map: debe ser un objeto (encontrado: {kind})</translation>
    </message>
    <message>
        <source>project.json › map › {key}: must be a list (found {kind})</source>
        <translation>project.json › map › {key}: debe ser una lista (encontrado: {kind})</translation>
    </message>
    <message>
        <source>was made by a newer Journey Designer (format {major}.x); this version reads format {current_major}.x and older. Please update Journey Designer to open it.</source>
        <translation>se creó con una versión más reciente de Journey Designer (formato {major}.x); esta versión lee el formato {current_major}.x y anteriores. Actualice Journey Designer para abrirlo.</translation>
    </message>
    <message>
        <source>project.json › format_version: format {major} is not one this program knows</source>
        <translation>project.json › format_version: este programa no conoce el formato {major}</translation>
    </message>
    <message>
        <source>is not a file (it is a device, a pipe or a socket)</source>
        <translation>no es un archivo (es un dispositivo, una tubería o un socket)</translation>
    </message>
    <message>
        <source>is {size} MiB, larger than the {max_file_bytes} MiB a project file may be</source>
        <translation>ocupa {size} MiB, más de los {max_file_bytes} MiB que puede ocupar un archivo de proyecto</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>no se puede leer: permiso denegado</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>es una carpeta, no un archivo de proyecto</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>is not a Journey Designer project (it is not a ZIP container, or it is truncated)</source>
        <translation>no es un proyecto de Journey Designer (no es un contenedor ZIP o está truncado)</translation>
    </message>
    <message>
        <source>is damaged: its ZIP directory cannot be read</source>
        <translation>está dañado: no se puede leer su directorio ZIP</translation>
    </message>
    <message>
        <source>{project_json}: is nested too deeply</source>
        <translation>{project_json}: está anidado demasiado</translation>
    </message>
    <message>
        <source>is damaged or truncated ({reason})</source>
        <translation>está dañado o truncado ({reason})</translation>
    </message>
    <message>
        <source>has data before its ZIP archive; a project file is a ZIP archive and nothing else</source>
        <translation>tiene datos antes de su archivo ZIP; un archivo de proyecto es un archivo ZIP y nada más</translation>
    </message>
    <message>
        <source>has data after its ZIP archive; a project file is a ZIP archive and nothing else</source>
        <translation>tiene datos después de su archivo ZIP; un archivo de proyecto es un archivo ZIP y nada más</translation>
    </message>
    <message>
        <source>has {count} entries, more than the {max_entries} allowed</source>
        <translation>tiene {count} entradas, más de las {max_entries} permitidas</translation>
    </message>
    <message>
        <source>contains an entry that points outside the project (&apos;{name}&apos;)</source>
        <translation>contiene una entrada que apunta fuera del proyecto (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>contains the entry &apos;{name}&apos; twice</source>
        <translation>contiene dos veces la entrada &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>contains a symbolic link (&apos;{name}&apos;); a project file holds only plain entries</source>
        <translation>contiene un enlace simbólico (&apos;{name}&apos;); un archivo de proyecto solo contiene entradas normales</translation>
    </message>
    <message>
        <source>{name}: is encrypted; Journey Designer files are never encrypted, so it cannot be read</source>
        <translation>{name}: está cifrado; los archivos de Journey Designer nunca lo están, así que no se puede leer</translation>
    </message>
    <message>
        <source>method {number}</source>
        <translation>método {number}</translation>
    </message>
    <message>
        <source>{name}: is compressed with {method}; Journey Designer files use only deflate</source>
        <translation>{name}: está comprimido con {method}; los archivos de Journey Designer solo usan deflate</translation>
    </message>
    <message>
        <source>is not a well-formed project file: its &apos;mimetype&apos; entry must come first and be stored uncompressed</source>
        <translation>no es un archivo de proyecto bien formado: su entrada &apos;mimetype&apos; debe ir primero y guardarse sin comprimir</translation>
    </message>
    <message>
        <source>is a ZIP file but not a Journey Designer project (its type is &apos;{mimetype}&apos;)</source>
        <translation>es un archivo ZIP pero no un proyecto de Journey Designer (su tipo es &apos;{mimetype}&apos;)</translation>
    </message>
    <message>
        <source>is a ZIP file without {project_json}, so it is not a Journey Designer project</source>
        <translation>es un archivo ZIP sin {project_json}, así que no es un proyecto de Journey Designer</translation>
    </message>
    <message numerus="yes">
        <source>This file was saved by a newer version of Journey Designer (format {version}): %n card(s) or lane(s) of kinds this version does not know are shown as plain text, and saving keeps them as they were.</source>
        <translation>
            <numerusform>Este archivo se guardó con una versión más reciente de Journey Designer (formato {version}): %n tarjeta o fila de un tipo que esta versión no conoce se muestra como texto simple, y al guardar se conserva tal como estaba.</numerusform>
            <numerusform>Este archivo se guardó con una versión más reciente de Journey Designer (formato {version}): %n tarjetas o filas de tipos que esta versión no conoce se muestran como texto simple, y al guardar se conservan tal como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) or lane(s) have a kind this version does not know (such as {kind}); they are shown as plain text, and saving keeps them as they were.</source>
        <translation>
            <numerusform>%n tarjeta o fila tiene un tipo que esta versión no conoce (por ejemplo {kind}); se muestra como texto simple, y al guardar se conserva tal como estaba.</numerusform>
            <numerusform>%n tarjetas o filas tienen un tipo que esta versión no conoce (por ejemplo {kind}); se muestran como texto simple, y al guardar se conservan tal como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: the image {ref} is missing from the file</source>
        <translation>{where}: falta la imagen {ref} en el archivo</translation>
    </message>
    <message>
        <source>unpacks to more than {max_total_bytes} MiB</source>
        <translation>ocupa más de {max_total_bytes} MiB al descomprimirse</translation>
    </message>
    <message>
        <source>{name}: is too large to keep; saving leaves it out</source>
        <translation>{name}: es demasiado grande para conservarlo; al guardar se omite</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason}); saving leaves it out</source>
        <translation>{name}: no se puede leer ({reason}); al guardar se omite</translation>
    </message>
    <message>
        <source>{filename}: is {file_size:,} bytes, more than the {limit:,} allowed</source>
        <translation>{filename}: ocupa {file_size:,} bytes, más de los {limit:,} permitidos</translation>
    </message>
    <message>
        <source>{filename}: unpacks to more than the {limit:,} bytes allowed</source>
        <translation>{filename}: al descomprimirse supera los {limit:,} bytes permitidos</translation>
    </message>
    <message>
        <source>{project_json}: is not UTF-8 text (byte {start})</source>
        <translation>{project_json}: no es texto UTF-8 (byte {start})</translation>
    </message>
    <message>
        <source>is a number {count:,} characters long; a number may have at most {limit}</source>
        <translation>es un número de {count:,} caracteres; un número puede tener como máximo {limit}</translation>
    </message>
    <message>
        <source>is a number too large to store ({token})</source>
        <translation>es un número demasiado grande para guardarlo ({token})</translation>
    </message>
    <message>
        <source>is {token}, which is not a number JSON allows</source>
        <translation>es {token}, que no es un número que JSON admita</translation>
    </message>
    <message>
        <source>appears twice in the same object; each name may appear once</source>
        <translation>aparece dos veces en el mismo objeto; cada nombre solo puede aparecer una vez</translation>
    </message>
    <message>
        <source>{project_json}: is not valid JSON: {message} at line {lineno}, column {colno}</source>
        <translation>{project_json}: no es JSON válido: {message} en la línea {lineno}, columna {colno}</translation>
    </message>
    <message>
        <source>{where}: holds a lone surrogate (\u escape), which is not a character</source>
        <translation>{where}: contiene un sustituto aislado (escape \u), que no es un carácter</translation>
    </message>
    <message>
        <source>{project_json}: must hold an object, not a {kind}</source>
        <translation>{project_json}: debe contener un objeto, no un {kind}</translation>
    </message>
    <message>
        <source>{project_json}: is nested more than {max_json_depth} levels deep</source>
        <translation>{project_json}: está anidado en más de {max_json_depth} niveles</translation>
    </message>
    <message>
        <source>cannot be saved: project.json › {where} would hold {count} items, more than the {limit} a project file may; remove some</source>
        <translation>no se puede guardar: project.json › {where} tendría {count} elementos, más de los {limit} que admite un archivo de proyecto; elimine algunos</translation>
    </message>
    <message>
        <source>cannot be saved: it holds text that is not valid Unicode</source>
        <translation>no se puede guardar: contiene texto que no es Unicode válido</translation>
    </message>
    <message>
        <source>cannot be saved: it holds a number that is not finite (NaN or infinity)</source>
        <translation>no se puede guardar: contiene un número que no es finito (NaN o infinito)</translation>
    </message>
    <message>
        <source>cannot be saved: it would be {size} MiB, more than the {limit} MiB a project file may be; remove some images</source>
        <translation>no se puede guardar: ocuparía {size} MiB, más de los {limit} MiB que puede ocupar un archivo de proyecto; quite algunas imágenes</translation>
    </message>
    <message>
        <source>cannot be saved: its text is {size} MiB, more than the {limit} MiB a project may hold; split it into several projects or shorten long notes</source>
        <translation>no se puede guardar: su texto ocupa {size} MiB, más de los {limit} MiB que puede contener un proyecto; divídalo en varios proyectos o acorte las notas largas</translation>
    </message>
    <message>
        <source>cannot be saved: it has {count} images, more than the {limit} a project may hold</source>
        <translation>no se puede guardar: tiene {count} imágenes, más de las {limit} que puede contener un proyecto</translation>
    </message>
    <message>
        <source>cannot be saved: an image is larger than the {limit} MiB allowed</source>
        <translation>no se puede guardar: una imagen supera los {limit} MiB permitidos</translation>
    </message>
    <message>
        <source>cannot be saved: it would unpack to more than {limit} MiB</source>
        <translation>no se puede guardar: al descomprimirse ocuparía más de {limit} MiB</translation>
    </message>
    <message>
        <source>could not be saved: {reason}</source>
        <translation>no se pudo guardar: {reason}</translation>
    </message>
    <message>
        <source>there is no template {template!r}; choose one of: {choices}</source>
        <translation>no hay ninguna plantilla {template!r}; elija una de: {choices}</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Recorrido sin título</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Mapa en blanco</translation>
    </message>
    <message>
        <source>Three stages and one lane to start from.</source>
        <translation>Tres etapas y una fila para empezar.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>Etapa 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>Etapa 2</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>Etapa 3</translation>
    </message>
    <message>
        <source>Five-stage journey</source>
        <translation>Recorrido en cinco etapas</translation>
    </message>
    <message>
        <source>Awareness, Consideration, Decision, Retention, Advocacy with the usual lanes and suggested KPIs.</source>
        <translation>Conocimiento, consideración, decisión, fidelización y recomendación, con las filas habituales y KPI sugeridos.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>The customer discovers the brand. Need: information.</source>
        <translation>El cliente descubre la marca. Necesidad: información.</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Consideración</translation>
    </message>
    <message>
        <source>They compare options: reviews, demos, questions to support.</source>
        <translation>Compara opciones: reseñas, demos, preguntas al soporte.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>They buy. Need: a seamless process.</source>
        <translation>Compra. Necesidad: un proceso sin fricciones.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fidelización</translation>
    </message>
    <message>
        <source>After the purchase: onboarding, support, loyalty.</source>
        <translation>Después de la compra: onboarding, soporte, fidelidad.</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Satisfied customers recommend the brand.</source>
        <translation>Los clientes satisfechos recomiendan la marca.</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>Fuentes de tráfico</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Interacción en redes sociales</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>Tiempo en el sitio</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Tasa de rebote</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Abandono del carrito</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Tasa de recompra</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Four-stage journey</source>
        <translation>Recorrido en cuatro etapas</translation>
    </message>
    <message>
        <source>Awareness, Consideration, Decision, Retention.</source>
        <translation>Conocimiento, consideración, decisión, fidelización.</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Service blueprint</translation>
    </message>
    <message>
        <source>Customer actions, frontstage, backstage and support processes, step by step.</source>
        <translation>Acciones del cliente, frontstage, backstage y procesos de soporte, paso a paso.</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Evidencia física</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Procesos de soporte</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nunca guardado</translation>
    </message>
    <message>
        <source>{file}, last saved {when}</source>
        <translation>{file}, guardado por última vez el {when}</translation>
    </message>
    <message>
        <source>{file} (the file is gone)</source>
        <translation>{file} (el archivo ya no existe)</translation>
    </message>
    <message>
        <source>{title} — {where} — unsaved work autosaved {when}</source>
        <translation>{title} — {where} — trabajo sin guardar, copia automática del {when}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no permitido con el argumento %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} supera los {limit} MB.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>La imagen</translation>
    </message>
    <message>
        <source>{name} is not an image Journey Designer can read (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>{name} no es una imagen que Journey Designer pueda leer (PNG, JPEG, GIF, WebP o BMP).</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}.</source>
        <translation>No se puede leer «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>When {situation}, I want to {motivation}, so I can {outcome}.</source>
        <translation>Cuando {situation}, quiero {motivation}, para poder {outcome}.</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used more than once</source>
        <translation>el id &apos;{id}&apos; se usa más de una vez</translation>
    </message>
    <message>
        <source>refers to {what} &apos;{ref}&apos; that does not exist</source>
        <translation>hace referencia al elemento &apos;{ref}&apos; ({what}), que no existe</translation>
    </message>
    <message>
        <source>refers to stage &apos;{ref}&apos; that is not in this map</source>
        <translation>hace referencia a la etapa &apos;{ref}&apos;, que no está en este mapa</translation>
    </message>
    <message>
        <source>refers to lane &apos;{ref}&apos; that is not in this map</source>
        <translation>hace referencia a la fila &apos;{ref}&apos;, que no está en este mapa</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>Job: {job}</source>
        <translation>Job: {job}</translation>
    </message>
    <message>
        <source>Tables and diagrams ({patterns})</source>
        <translation>Tablas y diagramas ({patterns})</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}</source>
        <translation>No se puede importar «{name}»: {reason}</translation>
    </message>
    <message>
        <source>Imported {cards} card(s) from {name}.</source>
        <translation>Se importaron {cards} tarjeta(s) de {name}.</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>How should “{name}” be added?</source>
        <translation>¿Cómo añadir «{name}»?</translation>
    </message>
    <message>
        <source>Merge into the current map “{map}” (stages and lanes matched by name)</source>
        <translation>Combinar con el mapa actual «{map}» (etapas y filas emparejadas por nombre)</translation>
    </message>
    <message>
        <source>Add to this project as new map(s)</source>
        <translation>Añadir a este proyecto como mapa(s) nuevo(s)</translation>
    </message>
    <message>
        <source>Open as a new project</source>
        <translation>Abrir como proyecto nuevo</translation>
    </message>
    <message>
        <source>What will be added:</source>
        <translation>Lo que se añadirá:</translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation>Lo que añade la importación</translation>
    </message>
    <message>
        <source>What could not be read as it was ({count}):</source>
        <translation>Lo que no se pudo leer tal cual ({count}):</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Advertencias de la importación</translation>
    </message>
    <message>
        <source>A new, unsaved project:</source>
        <translation>Un proyecto nuevo, sin guardar:</translation>
    </message>
    <message>
        <source>One step: Edit › Undo takes it all back.</source>
        <translation>Un solo paso: Edición › Deshacer lo revierte todo.</translation>
    </message>
    <message>
        <source>untitled {kind}</source>
        <translation>{kind} sin título</translation>
    </message>
    <message>
        <source>Waits for a decision above: {change}</source>
        <translation>Espera una decisión arriba: {change}</translation>
    </message>
    <message>
        <source>Conflict: {theirs}</source>
        <translation>Conflicto: {theirs}</translation>
    </message>
    <message>
        <source>Conflict: {sentence}</source>
        <translation>Conflicto: {sentence}</translation>
    </message>
    <message>
        <source>A: {change}</source>
        <translation>A: {change}</translation>
    </message>
    <message>
        <source>B: {change}</source>
        <translation>B: {change}</translation>
    </message>
    <message>
        <source>no font on this computer draws {chars}: they print as empty boxes; install a font for that script (on Debian and Ubuntu: fonts-noto)</source>
        <translation>ninguna fuente de este equipo dibuja {chars}: se imprimen como cuadros vacíos; instale una fuente para esa escritura (en Debian y Ubuntu: fonts-noto)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{name} is {size} MB, larger than the {limit} MB an import may be</source>
        <translation>{name} ocupa {size} MB, más de los {limit} MB que puede ocupar una importación</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} no existe</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>No se puede leer {name}: permiso denegado</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>No se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} starts like UTF-16 text but byte {offset} is not</source>
        <translation>{name} empieza como texto UTF-16, pero el byte {offset} no lo es</translation>
    </message>
    <message>
        <source>{name} is not UTF-8; it was read as Windows-1252 (Western European): check accented letters, or save it as &quot;CSV UTF-8&quot;</source>
        <translation>{name} no está en UTF-8; se leyó como Windows-1252 (Europa occidental): revise las letras con tilde o guárdelo como &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains NUL bytes)</source>
        <translation>{name} no es un archivo de texto (contiene bytes NUL)</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>fila {row}, columna {column}</translation>
    </message>
    <message>
        <source>{where}: the text was cut to {limit} characters</source>
        <translation>{where}: el texto se recortó a {limit} caracteres</translation>
    </message>
    <message>
        <source>Map {number}</source>
        <translation>Mapa {number}</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} tarjetas</translation>
    </message>
    <message>
        <source>No card matches</source>
        <translation>Ninguna tarjeta coincide</translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation>Etapa {number} de {count}</translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth attention, above 15 is strong.</source>
        <translation>Oportunidad = importancia + máx(importancia − satisfacción, 0), cada una valorada de 1 a 10; por encima de 10 merece atención, por encima de 15 es fuerte.</translation>
    </message>
    <message>
        <source>{count} new map(s): {names}</source>
        <translation>{count} mapa(s) nuevo(s): {names}</translation>
    </message>
    <message>
        <source>{count} new stage(s): {names}</source>
        <translation>{count} etapa(s) nueva(s): {names}</translation>
    </message>
    <message>
        <source>{count} new lane(s): {names}</source>
        <translation>{count} fila(s) nueva(s): {names}</translation>
    </message>
    <message>
        <source>{count} card(s)</source>
        <translation>{count} tarjeta(s)</translation>
    </message>
    <message>
        <source>{count} new persona(s): {names}</source>
        <translation>{count} persona(s) nueva(s): {names}</translation>
    </message>
    <message>
        <source>{count} job(s) to be done</source>
        <translation>{count} job(s) to be done</translation>
    </message>
    <message>
        <source>line {line} cannot be read as CSV: {reason}</source>
        <translation>la línea {line} no se puede leer como CSV: {reason}</translation>
    </message>
    <message>
        <source>a CSV grid holds one map: only &apos;{name}&apos; was written (choose one card per row, or XLSX, for every map)</source>
        <translation>una cuadrícula CSV contiene un solo mapa: solo se escribió &apos;{name}&apos; (para todos los mapas, elija una tarjeta por fila o XLSX)</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}</source>
        <translation>{name} está dañado: {reason}</translation>
    </message>
    <message>
        <source>{name} is an Excel 97–2003 (.xls) or password-protected workbook; save it as .xlsx without a password and import that</source>
        <translation>{name} es un libro de Excel 97–2003 (.xls) o protegido con contraseña; guárdelo como .xlsx sin contraseña e importe ese</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): it is not a ZIP container, or it is truncated</source>
        <translation>{name} no es un libro de Excel (.xlsx): no es un contenedor ZIP o está truncado</translation>
    </message>
    <message>
        <source>{name} has {count} parts, more than the {limit} a workbook may have</source>
        <translation>{name} tiene {count} partes, más de las {limit} que puede tener un libro</translation>
    </message>
    <message>
        <source>{name} unpacks to {size} MB, more than the {limit} MB an import may be</source>
        <translation>{name} ocupa {size} MB al descomprimirse, más de los {limit} MB que puede ocupar una importación</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} is compressed {ratio}×, as only a zip bomb is</source>
        <translation>{name} se rechaza: su parte {part} está comprimida {ratio}×, como solo lo está una bomba ZIP</translation>
    </message>
    <message>
        <source>{name} is a ZIP file but not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation>{name} es un archivo ZIP pero no un libro de Excel (no tiene xl/workbook.xml)</translation>
    </message>
    <message>
        <source>{name} links to other workbooks; the links were not followed</source>
        <translation>{name} enlaza con otros libros; los enlaces no se siguieron</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has more than the {limit} rows an import may have</source>
        <translation>la hoja &apos;{sheet}&apos; supera las {limit} filas que admite una importación</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}: the sheet is wider than the {limit} columns an import may have</source>
        <translation>hoja &apos;{sheet}&apos;, {place}: la hoja supera las {limit} columnas que admite una importación</translation>
    </message>
    <message>
        <source>{count} cell(s) hold formulas (the first: sheet &apos;{sheet}&apos;, {place}): their last calculated values were imported, nothing was recalculated</source>
        <translation>{count} celda(s) contienen fórmulas (la primera: hoja &apos;{sheet}&apos;, {place}): se importaron sus últimos valores calculados, no se recalculó nada</translation>
    </message>
    <message>
        <source>{count} formula cell(s) had never been calculated and were imported empty; open and save the workbook in a spreadsheet program to fill them</source>
        <translation>{count} celda(s) con fórmula nunca se habían calculado y se importaron vacías; abra y guarde el libro en una hoja de cálculo para rellenarlas</translation>
    </message>
</context>
</TS>
