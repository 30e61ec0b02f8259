<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>The clipboard holds too much to paste at once.</source>
        <translation>Le presse-papiers contient trop d&apos;éléments pour les coller en une fois.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s cards are damaged and cannot be pasted.</source>
        <translation>Les fiches du presse-papiers sont endommagées et ne peuvent pas être collées.</translation>
    </message>
    <message>
        <source>Cannot paste more than {n} cards at once.</source>
        <translation>Impossible de coller plus de {n} fiches à la fois.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Rien à coller.</translation>
    </message>
    <message>
        <source>Cannot paste more than {n} lines as cards.</source>
        <translation>Impossible de coller plus de {n} lignes de texte comme fiches.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing that can become a card.</source>
        <translation>Le presse-papiers ne contient rien qui puisse devenir une fiche.</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Default for its kind</source>
        <translation>Couleur par défaut du type</translation>
    </message>
    <message>
        <source>Rename Stage…</source>
        <translation>Renommer l&apos;étape…</translation>
    </message>
    <message>
        <source>Add Stage After…</source>
        <translation>Ajouter une étape après…</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Rename Lane…</source>
        <translation>Renommer la ligne…</translation>
    </message>
    <message>
        <source>Add Lane Below…</source>
        <translation>Ajouter une ligne en dessous…</translation>
    </message>
    <message>
        <source>Remove Lane</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Change feeling</source>
        <translation>Modifier le ressenti</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Déplacer %n fiche</numerusform>
            <numerusform>Déplacer %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter une fiche</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>%n fiche copiée</numerusform>
            <numerusform>%n fiches copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>%n fiche coupée</numerusform>
            <numerusform>%n fiches coupées</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell first: pasted cards go into the current cell.</source>
        <translation>Cliquez d&apos;abord dans une cellule&#xa0;: les fiches collées y sont placées.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Resize stage</source>
        <translation>Redimensionner l&apos;étape</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renommer l&apos;étape</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renommer la ligne</translation>
    </message>
    <message>
        <source>Your unsaved work has been saved to a recovery copy, and you can go on working; saving under a new name is the safest next step.</source>
        <translation>Votre travail non enregistré a été sauvegardé dans une copie de récupération et vous pouvez continuer&#x202f;; le plus sûr est maintenant d&apos;enregistrer sous un nouveau nom.</translation>
    </message>
    <message>
        <source>You had no unsaved changes, so nothing was lost; you can go on working.</source>
        <translation>Vous n&apos;aviez aucune modification non enregistrée&#xa0;: rien n&apos;est perdu, vous pouvez continuer.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Journey Designer met an error it did not expect ({error}).

{work}

Details are in the log: {log}</source>
        <translation>Journey Designer a rencontré une erreur inattendue ({error}).

{work}

Les détails figurent dans le journal&#xa0;: {log}</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Page de couverture</translation>
    </message>
    <message>
        <source>Map pages</source>
        <translation>Pages de la carte</translation>
    </message>
    <message>
        <source>A page per persona</source>
        <translation>Une page par persona</translation>
    </message>
    <message>
        <source>Jobs to be done, ranked</source>
        <translation>Jobs to be Done, par priorité</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>An editable PowerPoint deck: a title slide, the map as native shapes and text (split across slides where it would be too small to read), the emotion curve, a slide per persona and the jobs ranked by opportunity; each stage&apos;s description is in the speaker notes. Set in Arial.</source>
        <translation>Une présentation PowerPoint modifiable&#xa0;: une diapositive de titre, la carte en formes et textes natifs (répartie sur plusieurs diapositives là où elle serait trop petite pour être lue), la courbe émotionnelle, une diapositive par persona et les jobs classés par opportunité&#x202f;; la description de chaque étape figure dans les notes de l&apos;orateur. Police&#xa0;: Arial.</translation>
    </message>
    <message>
        <source>One web page that opens offline in any browser: zoom and pan, stage by stage with the arrow keys, search, the personas and jobs, and a print layout. It loads nothing from the network.</source>
        <translation>Une page web qui s&apos;ouvre hors ligne dans tout navigateur&#xa0;: zoom et défilement, étape par étape avec les flèches, recherche, les personas et les jobs, et une mise en page pour l&apos;impression. Elle ne charge rien depuis le réseau.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> in</source>
        <translation> po</translation>
    </message>
    <message>
        <source>an unexpected error stopped the export ({error})</source>
        <translation>une erreur inattendue a interrompu l&apos;export ({error})</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>Maps to export</source>
        <translation>Cartes à exporter</translation>
    </message>
    <message>
        <source>This map</source>
        <translation>Cette carte</translation>
    </message>
    <message>
        <source>All maps</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <source>One card per row (every field)</source>
        <translation>Une fiche par ligne (tous les champs)</translation>
    </message>
    <message>
        <source>Grid: lanes down, stages across</source>
        <translation>Grille&#xa0;: lignes en hauteur, étapes en largeur</translation>
    </message>
    <message>
        <source>Table shape</source>
        <translation>Forme du tableau</translation>
    </message>
    <message>
        <source>Preview of a page</source>
        <translation>Aperçu d&apos;une page</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <source>Previewed page</source>
        <translation>Page prévisualisée</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Maps:</source>
        <translation>Cartes&#xa0;:</translation>
    </message>
    <message>
        <source>Table shape:</source>
        <translation>Forme du tableau&#xa0;:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Automatic: one page, or tiles that keep the text legible</source>
        <translation>Automatique&#xa0;: une page, ou plusieurs pour que le texte reste lisible</translation>
    </message>
    <message>
        <source>Fit each map on one page</source>
        <translation>Chaque carte sur une seule page</translation>
    </message>
    <message>
        <source>Tile across pages:</source>
        <translation>Répartir sur plusieurs pages&#xa0;:</translation>
    </message>
    <message>
        <source> across</source>
        <translation> en largeur</translation>
    </message>
    <message>
        <source> down</source>
        <translation> en hauteur</translation>
    </message>
    <message>
        <source>For a print shop: backgrounds run this far past the trim marks (3 mm is usual).</source>
        <translation>Pour l&apos;imprimeur&#xa0;: les fonds dépassent d&apos;autant les traits de coupe (3 mm en général).</translation>
    </message>
    <message>
        <source>Crop and assembly marks</source>
        <translation>Traits de coupe et repères d&apos;assemblage</translation>
    </message>
    <message>
        <source>Analysis markers (job badges, flags) — internal</source>
        <translation>Marqueurs d&apos;analyse (badges de jobs, alertes) – usage interne</translation>
    </message>
    <message>
        <source>Job counts, opportunity scores and missing-touchpoint flags on stage headers. Usually left out of what a client sees.</source>
        <translation>Nombre de jobs, scores d&apos;opportunité et alertes de points de contact manquants dans les en-têtes d&apos;étape. En général absents de ce que voit le client.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Custom paper width</source>
        <translation>Largeur de papier personnalisée</translation>
    </message>
    <message>
        <source>Custom paper height</source>
        <translation>Hauteur de papier personnalisée</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>Pages across</source>
        <translation>Pages en largeur</translation>
    </message>
    <message>
        <source>Pages down</source>
        <translation>Pages en hauteur</translation>
    </message>
    <message>
        <source>Overlap between pages</source>
        <translation>Chevauchement entre les pages</translation>
    </message>
    <message>
        <source>Bleed</source>
        <translation>Fond perdu</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>Format personnalisé&#xa0;:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Marges&#xa0;:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>Chevauchement&#xa0;:</translation>
    </message>
    <message>
        <source>Bleed:</source>
        <translation>Fond perdu&#xa0;:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Anonymise personas (names in every text, photos, age, gender, location)</source>
        <translation>Anonymiser les personas (noms dans tous les textes, photos, âge, genre, lieu)</translation>
    </message>
    <message>
        <source>Internal notes left out</source>
        <translation>Sans les notes internes</translation>
    </message>
    <message>
        <source>Lanes to leave out:</source>
        <translation>Lignes à exclure&#xa0;:</translation>
    </message>
    <message>
        <source>Lanes to leave out</source>
        <translation>Lignes à exclure</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Carte entière</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <source>Selected cards</source>
        <translation>Fiches sélectionnées</translation>
    </message>
    <message>
        <source>{dpi} DPI</source>
        <translation>{dpi} ppp</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Fond transparent</translation>
    </message>
    <message>
        <source>Area of the map</source>
        <translation>Zone de la carte</translation>
    </message>
    <message>
        <source>Image scale</source>
        <translation>Échelle de l&apos;image</translation>
    </message>
    <message>
        <source>Area (PNG):</source>
        <translation>Zone (PNG)&#xa0;:</translation>
    </message>
    <message>
        <source>Scale (PNG):</source>
        <translation>Échelle (PNG)&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to export: choose at least one section.</source>
        <translation>Rien à exporter&#xa0;: choisissez au moins une section.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> sur {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <source>Vector drawing</source>
        <translation>Dessin vectoriel</translation>
    </message>
    <message>
        <source>The cover and every page say “{title}”: File › Project Properties… names the project.</source>
        <translation>La couverture et chaque page indiquent «&#xa0;{title}&#xa0;»&#xa0;: Fichier › Propriétés du projet… permet de nommer le projet.</translation>
    </message>
    <message>
        <source>No preview for this format.</source>
        <translation>Pas d&apos;aperçu pour ce format.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>“{name}” could not be exported: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être exporté&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Find cards…</source>
        <translation>Rechercher des fiches…</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrer les fiches</translation>
    </message>
    <message>
        <source>Show only cards with this tag or persona; the others are dimmed</source>
        <translation>N&apos;afficher que les fiches portant ce tag ou cette persona&#x202f;; les autres sont estompées</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation>Persona&#xa0;: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvée</numerusform>
            <numerusform>%n trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Move between cards and cells</source>
        <translation>Passer d&apos;une fiche ou d&apos;une cellule à l&apos;autre</translation>
    </message>
    <message>
        <source>Alt + arrow keys</source>
        <translation>Alt + touches fléchées</translation>
    </message>
    <message>
        <source>Move the selected cards; on the emotion curve, up and down change the feeling</source>
        <translation>Déplacer les fiches sélectionnées&#x202f;; sur la courbe émotionnelle, haut et bas changent le ressenti</translation>
    </message>
    <message>
        <source>Enter / F2</source>
        <translation>Entrée / F2</translation>
    </message>
    <message>
        <source>Edit the selected card&apos;s text (Shift+Enter: new line, Esc: cancel)</source>
        <translation>Modifier le texte de la fiche sélectionnée (Maj+Entrée&#xa0;: nouvelle ligne, Échap&#xa0;: annuler)</translation>
    </message>
    <message>
        <source>Insert / Ctrl+Enter</source>
        <translation>Inser / Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Add a card to the current cell</source>
        <translation>Ajouter une fiche dans la cellule en cours</translation>
    </message>
    <message>
        <source>Ctrl+click / Shift+click</source>
        <translation>Ctrl+clic / Maj+clic</translation>
    </message>
    <message>
        <source>Add a card to the selection</source>
        <translation>Ajouter une fiche à la sélection</translation>
    </message>
    <message>
        <source>Space + drag, middle drag</source>
        <translation>Espace + glisser, glisser avec le bouton du milieu</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Faire défiler</translation>
    </message>
    <message>
        <source>Ctrl + wheel, pinch</source>
        <translation>Ctrl + molette, pincement</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <source>Double-click a cell</source>
        <translation>Double-clic sur une cellule</translation>
    </message>
    <message>
        <source>Add a card there</source>
        <translation>Y ajouter une fiche</translation>
    </message>
    <message>
        <source>Double-click a header</source>
        <translation>Double-clic sur un en-tête</translation>
    </message>
    <message>
        <source>Rename the stage or lane</source>
        <translation>Renommer l&apos;étape ou la ligne</translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space</source>
        <translation>Droite, Bas, Page suivante, Espace</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation>Gauche, Haut, Page précédente, Retour arrière</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Début / Fin</translation>
    </message>
    <message>
        <source>Overview / last stage</source>
        <translation>Vue d&apos;ensemble / dernière étape</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Jump to a stage</source>
        <translation>Aller à une étape</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Spotlight the next lane</source>
        <translation>Mettre en lumière la ligne suivante</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Reveal the emotion curve stage by stage</source>
        <translation>Dévoiler la courbe émotionnelle étape par étape</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Show or hide the analysis markers (job badges, flags)</source>
        <translation>Afficher ou masquer les marqueurs d&apos;analyse (badges de jobs, alertes)</translation>
    </message>
    <message>
        <source>B / W</source>
        <translation>B / W</translation>
    </message>
    <message>
        <source>Black / white screen</source>
        <translation>Écran noir / blanc</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Presenting: {what}</source>
        <translation>Présentation&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;p&gt;Design customer journey maps offline, present them, export them.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled font:&lt;/b&gt; DejaVu Sans (Bitstream Vera licence, free to embed and redistribute).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries:&lt;/b&gt; Qt and PySide6 {pyside} (LGPLv3), reportlab {reportlab} (BSD), pydantic {pydantic} (MIT), Pillow (MIT-CMU), rl_accel (BSD).&lt;/p&gt;&lt;p&gt;Journey Designer opens no network connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Concevez vos cartes de parcours client hors ligne, présentez-les, exportez-les.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Police fournie&#xa0;:&lt;/b&gt; DejaVu Sans (licence Bitstream Vera, libre d&apos;incorporation et de redistribution).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bibliothèques&#xa0;:&lt;/b&gt; Qt et PySide6 {pyside} (LGPLv3), reportlab {reportlab} (BSD), pydantic {pydantic} (MIT), Pillow (MIT-CMU), rl_accel (BSD).&lt;/p&gt;&lt;p&gt;Journey Designer n&apos;ouvre aucune connexion réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Journey Designer</source>
        <translation>À propos de Journey Designer</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Recovered unsaved work. The original file, unchanged until you save, is {path}</source>
        <translation>Travail non enregistré récupéré. Le fichier d&apos;origine, inchangé jusqu&apos;à l&apos;enregistrement, est {path}</translation>
    </message>
    <message>
        <source>Recovered unsaved work of a project that was never saved; Save asks where to put it</source>
        <translation>Travail récupéré d&apos;un projet jamais enregistré&#x202f;; Enregistrer demandera où le placer</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Journey Designer did not close normally last time. These projects had unsaved changes, kept in recovery copies:

{files}

Recover them?</source>
        <translation>Journey Designer ne s&apos;est pas fermé normalement la dernière fois. Ces projets avaient des modifications non enregistrées, conservées dans des copies de récupération&#xa0;:

{files}

Les récupérer&#x202f;?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>{title}: the recovery copy {reason}</source>
        <translation>{title}&#xa0;: la copie de récupération {reason}</translation>
    </message>
    <message>
        <source>Card kinds</source>
        <translation>Types de fiches</translation>
    </message>
    <message>
        <source>Drag a card kind onto a cell of the map, or double-click to add it to the current cell</source>
        <translation>Faites glisser un type de fiche sur une cellule de la carte, ou double-cliquez pour l&apos;ajouter à la cellule en cours</translation>
    </message>
    <message>
        <source>{kind} card</source>
        <translation>Fiche «&#xa0;{kind}&#xa0;»</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Selon le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation>Millimètres</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pouces</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Keep the previous version as NAME.journey.bak</source>
        <translation>Conserver la version précédente sous NOM.journey.bak</translation>
    </message>
    <message>
        <source>The screen the window is on</source>
        <translation>L&apos;écran de la fenêtre</translation>
    </message>
    <message>
        <source>Begin presentations with personas and jobs</source>
        <translation>Commencer les présentations par les personas et les jobs</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Journey Designer speaks the new language from its next start.</source>
        <translation>Journey Designer passera à la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation>Enregistrement automatique après</translation>
    </message>
    <message>
        <source>Keep a backup</source>
        <translation>Conserver une sauvegarde</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Paper units</source>
        <translation>Unités du papier</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Écran de présentation</translation>
    </message>
    <message>
        <source>Presentation introduction</source>
        <translation>Introduction de la présentation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>New projects from:</source>
        <translation>Nouveaux projets depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Autosave after a change:</source>
        <translation>Enregistrement automatique après une modification&#xa0;:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Paper sizes in:</source>
        <translation>Formats de papier en&#xa0;:</translation>
    </message>
    <message>
        <source>Present on:</source>
        <translation>Présenter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Welcome to Journey Designer</source>
        <translation>Bienvenue dans Journey Designer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Journey Designer&lt;/h2&gt;&lt;p&gt;Start a map from a template, or open a project.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Journey Designer&lt;/h2&gt;&lt;p&gt;Commencez une carte à partir d&apos;un modèle, ou ouvrez un projet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translation>Aucun fichier récent pour l&apos;instant</translation>
    </message>
    <message>
        <source>Open the Sample Project</source>
        <translation>Ouvrir le projet d&apos;exemple</translation>
    </message>
    <message>
        <source>Open a Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;New from a &amp;template&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nouveau depuis un &amp;modèle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Récents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Fiches</translation>
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
        <translation>Plan</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>{title} panel</source>
        <translation>Panneau {title}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>A new project from the default template (Preferences)</source>
        <translation>Un nouveau projet à partir du modèle par défaut (Préférences)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, Excel) or a Mermaid journey, as a new project or into this one</source>
        <translation>Un tableur (CSV, Excel) ou un parcours Mermaid, comme nouveau projet ou dans celui-ci</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>&amp;Propriétés du projet…</translation>
    </message>
    <message>
        <source>Title, client, author, date, version, notes and logo of the deliverable</source>
        <translation>Titre, client, auteur, date, version, notes et logo du livrable</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the map as PDF, PNG or SVG</source>
        <translation>Exporter la carte en PDF, PNG ou SVG</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Comp&amp;arer avec…</translation>
    </message>
    <message>
        <source>Compare with another version of this project and take its changes</source>
        <translation>Comparer avec une autre version de ce projet et en reprendre les modifications</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;New Card</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>&amp;Modifier le texte de la fiche</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence su&amp;ivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>&amp;Ajuster la carte</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present the map full-screen from the overview</source>
        <translation>Présenter la carte en plein écran à partir de la vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Present from Current &amp;Stage</source>
        <translation>Présenter depuis l&apos;&amp;étape en cours</translation>
    </message>
    <message>
        <source>Present the map full-screen from the current stage</source>
        <translation>Présenter la carte en plein écran à partir de l&apos;étape en cours</translation>
    </message>
    <message>
        <source>Begin with Personas and &amp;Jobs</source>
        <translation>Commencer par les personas et les &amp;jobs</translation>
    </message>
    <message>
        <source>Open presentations with a slide per persona and the ranked jobs</source>
        <translation>Ouvrir les présentations par une diapositive par persona et les jobs classés</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Ajouter une é&amp;tape</translation>
    </message>
    <message>
        <source>Add a stage after the current one and name it</source>
        <translation>Ajouter une étape après l&apos;étape en cours et la nommer</translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation>Re&amp;nommer l&apos;étape</translation>
    </message>
    <message>
        <source>Re&amp;name Lane</source>
        <translation>Renommer la li&amp;gne</translation>
    </message>
    <message>
        <source>Opened with warnings</source>
        <translation>Ouvert avec des avertissements</translation>
    </message>
    <message>
        <source>“{name}” opened, but some of its images could not be used as they were:</source>
        <translation>«&#xa0;{name}&#xa0;» a été ouvert, mais certaines de ses images n&apos;ont pas pu être utilisées telles quelles&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;move Stage</source>
        <translation>Supprimer l&apos;éta&amp;pe</translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation>Ajouter une &amp;ligne…</translation>
    </message>
    <message>
        <source>Add a lane below the current one</source>
        <translation>Ajouter une ligne sous la ligne en cours</translation>
    </message>
    <message>
        <source>Remo&amp;ve Lane</source>
        <translation>S&amp;upprimer la ligne</translation>
    </message>
    <message>
        <source>Add &amp;Map…</source>
        <translation>Ajouter une &amp;carte…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>Tous les raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Start Screen…</source>
        <translation>É&amp;cran d&apos;accueil…</translation>
    </message>
    <message>
        <source>Recent files, templates and the sample project</source>
        <translation>Fichiers récents, modèles et projet d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pr&amp;éférences…</translation>
    </message>
    <message>
        <source>Default template, autosave, theme, presentation screen</source>
        <translation>Modèle par défaut, enregistrement automatique, thème, écran de présentation</translation>
    </message>
    <message>
        <source>&amp;About Journey Designer</source>
        <translation>À &amp;propos de Journey Designer</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version et licences</translation>
    </message>
    <message>
        <source>Rename Ma&amp;p…</source>
        <translation>Reno&amp;mmer la carte…</translation>
    </message>
    <message>
        <source>Go to the &amp;Map</source>
        <translation>Aller à la &amp;carte</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the map</source>
        <translation>Placer le focus clavier sur la carte</translation>
    </message>
    <message>
        <source>Go to {panel}</source>
        <translation>Aller au panneau {panel}</translation>
    </message>
    <message>
        <source>Show the {panel} panel and move the keyboard focus there</source>
        <translation>Afficher le panneau {panel} et y placer le focus clavier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pan&amp;neaux</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Switch to Map</source>
        <translation>&amp;Basculer vers la carte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler&#xa0;: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir&#xa0;: {action}</translation>
    </message>
    <message>
        <source> (recovered)</source>
        <translation> (récupéré)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>{file}{state}[*] — {map} — Journey Designer</source>
        <translation>{file}{state}[*] – {map} – Journey Designer</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>No card selected</source>
        <translation>Aucune fiche sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>%n fiche sélectionnée</numerusform>
            <numerusform>%n fiches sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <source> — with warnings</source>
        <translation> – avec des avertissements</translation>
    </message>
    <message>
        <source>Journey Designer projects (*.journey)</source>
        <translation>Projets Journey Designer (*.journey)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant de fermer&#x202f;?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Drop a .journey file to open it, or a table or Mermaid diagram to import it.</source>
        <translation>Déposez un fichier .journey pour l&apos;ouvrir, ou un tableau ou un diagramme Mermaid pour l&apos;importer.</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name} :</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>“{name}” {reason}.

The previous version of the file is unchanged, and your work is kept in a recovery copy. Save it somewhere else?</source>
        <translation>«&#xa0;{name}&#xa0;» {reason}.

La version précédente du fichier est intacte et votre travail est conservé dans une copie de récupération. L&apos;enregistrer ailleurs&#x202f;?</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Modifié sur le disque</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by someone else (or a sync client).

Reload it, or keep the version you have here? If you keep yours, saving will replace theirs; Save As keeps both.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque par quelqu&apos;un d&apos;autre (ou un outil de synchronisation).

Le recharger, ou garder la version que vous avez ici&#x202f;? Si vous gardez la vôtre, l&apos;enregistrer remplacera l&apos;autre&#x202f;; «&#xa0;Enregistrer sous&#xa0;» conserve les deux.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Rechargement impossible</translation>
    </message>
    <message>
        <source>“{name}” {reason}. Your version is still open.</source>
        <translation>«&#xa0;{name}&#xa0;» {reason}. Votre version reste ouverte.</translation>
    </message>
    <message>
        <source>{path} (missing)</source>
        <translation>{path} (introuvable)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>New: {title}</source>
        <translation>Nouveau&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Moved here from {place}: {title}</source>
        <translation>Déplacé ici depuis {place}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>to {place}</source>
        <translation>vers {place}</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>edited: {fields}</source>
        <translation>modifié&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Merge Using It</source>
        <translation>Fusionner avec elle</translation>
    </message>
    <message>
        <source>Take every change only the other version made, in one step; list the conflicts for a decision</source>
        <translation>Reprendre en une étape chaque modification faite seulement dans l&apos;autre version&#x202f;; lister les conflits à trancher</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>&amp;Take This Change</source>
        <translation>&amp;Reprendre cette modification</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>Take &amp;All</source>
        <translation>&amp;Tout reprendre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>“{copy}” beside this project looks like a conflicted copy left by a sync tool ({tool}).</source>
        <translation>«&#xa0;{copy}&#xa0;», à côté de ce projet, semble être une copie en conflit laissée par un outil de synchronisation ({tool}).</translation>
    </message>
    <message numerus="yes">
        <source>There are %n such copies; this is the newest.</source>
        <translation>
            <numerusform>Il y a %n copie de ce genre&#x202f;; c&apos;est la plus récente.</numerusform>
            <numerusform>Il y a %n copies de ce genre&#x202f;; voici la plus récente.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file looks like a sync tool&apos;s conflicted copy of “{original}”.</source>
        <translation>Ce fichier semble être une copie en conflit de «&#xa0;{original}&#xa0;» laissée par un outil de synchronisation.</translation>
    </message>
    <message>
        <source>Compare them to see what differs and take the changes you want.</source>
        <translation>Comparez-les pour voir ce qui diffère et reprendre les modifications voulues.</translation>
    </message>
    <message>
        <source>Compare with another version</source>
        <translation>Comparer avec une autre version</translation>
    </message>
    <message>
        <source>“{name}” {reason}</source>
        <translation>«&#xa0;{name}&#xa0;» {reason}</translation>
    </message>
    <message>
        <source>Leave this as your version has it: the change leaves the list, and Take All passes it by</source>
        <translation>Laisser tel que votre version l’a&#xa0;: la modification quitte la liste et «&#xa0;Tout reprendre&#xa0;» la laisse de côté</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>“{name}” (kept by the last save) may be the version you both started from.</source>
        <translation>«&#xa0;{name}&#xa0;» (conservé lors du dernier enregistrement) est peut-être la version dont vous êtes tous deux partis.</translation>
    </message>
    <message>
        <source>“{name}” (kept by the last save) is newer than “{other}”, so it is not the version you both started from: take their changes one by one.</source>
        <translation>«&#xa0;{name}&#xa0;» (conservé lors du dernier enregistrement) est plus récent que «&#xa0;{other}&#xa0;» et n’est donc pas la version dont vous êtes tous deux partis&#xa0;: reprenez leurs modifications une par une.</translation>
    </message>
    <message numerus="yes">
        <source>Three-way merge with “{name}”: %n conflict(s) to decide</source>
        <translation>
            <numerusform>Fusion à trois voies avec «&#xa0;{name}&#xa0;»&#xa0;: %n conflit à trancher</numerusform>
            <numerusform>Fusion à trois voies avec «&#xa0;{name}&#xa0;»&#xa0;: %n conflits à trancher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from “{name}”</source>
        <translation>
            <numerusform>%n différence avec «&#xa0;{name}&#xa0;»</numerusform>
            <numerusform>%n différences avec «&#xa0;{name}&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences from “{name}”</source>
        <translation>Aucune différence avec «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>(%n left as yours)</source>
        <translation>
            <numerusform>(%n laissée comme chez vous)</numerusform>
            <numerusform>(%n laissées comme chez vous)</numerusform>
        </translation>
    </message>
    <message>
        <source>Take &amp;All Theirs</source>
        <translation>&amp;Tout reprendre de l&apos;autre</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) no longer applied</source>
        <translation>
            <numerusform>%n modification n&apos;est plus appliquée</numerusform>
            <numerusform>%n modifications ne sont plus appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Take change from {name}</source>
        <translation>Reprendre la modification de {name}</translation>
    </message>
    <message>
        <source>Take all from {name}</source>
        <translation>Tout reprendre de {name}</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>The backup {reason}</source>
        <translation>La sauvegarde {reason}</translation>
    </message>
    <message>
        <source>Merge changes only {name} made</source>
        <translation>Fusionner les modifications faites seulement dans {name}</translation>
    </message>
    <message numerus="yes">
        <source>Took %n change(s) only the other version made</source>
        <translation>
            <numerusform>%n modification reprise, faite seulement dans l&apos;autre version</numerusform>
            <numerusform>%n modifications reprises, faites seulement dans l&apos;autre version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflit à trancher</numerusform>
            <numerusform>%n conflits à trancher</numerusform>
        </translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Fichier en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>“{name}” is open by {who}.

Open a read-only copy (Save As keeps your changes apart), or open it anyway (the last one to save wins)?</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert par {who}.

Ouvrir une copie en lecture seule («&#xa0;Enregistrer sous&#xa0;» garde vos modifications à part), ou l&apos;ouvrir quand même (le dernier à enregistrer l&apos;emporte)&#x202f;?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <source>Link job to card</source>
        <translation>Lier le job à la fiche</translation>
    </message>
    <message>
        <source>Job linked to the card</source>
        <translation>Job lié à la fiche</translation>
    </message>
    <message>
        <source>Link job to stage</source>
        <translation>Lier le job à l&apos;étape</translation>
    </message>
    <message>
        <source>Job linked to the stage</source>
        <translation>Job lié à l&apos;étape</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>What the lane holds:</source>
        <translation>Contenu de la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Select a stage first.</source>
        <translation>Sélectionnez d&apos;abord une étape.</translation>
    </message>
    <message>
        <source>Select a lane first.</source>
        <translation>Sélectionnez d&apos;abord une ligne.</translation>
    </message>
    <message>
        <source>A map keeps at least one stage and one lane.</source>
        <translation>Une carte garde au moins une étape et une ligne.</translation>
    </message>
    <message numerus="yes">
        <source>Removed with %n card(s) — Undo brings them back.</source>
        <translation>
            <numerusform>Supprimée avec %n fiche – «&#xa0;Annuler&#xa0;» la rétablit.</numerusform>
            <numerusform>Supprimée avec %n fiches – «&#xa0;Annuler&#xa0;» les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add map</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Map name:</source>
        <translation>Nom de la carte&#xa0;:</translation>
    </message>
    <message>
        <source>Another journey</source>
        <translation>Autre parcours</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Renommer la carte</translation>
    </message>
    <message>
        <source>Journey map canvas</source>
        <translation>Zone de travail de la carte du parcours</translation>
    </message>
    <message>
        <source>Design customer journey maps. With no command, opens FILE (or the sample map) in a window.</source>
        <translation>Concevez des cartes de parcours client. Sans commande, ouvre FILE (ou la carte d&apos;exemple) dans une fenêtre.</translation>
    </message>
    <message>
        <source>Run &apos;journeydesigner COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Les options d&apos;une commande&#xa0;: &apos;journeydesigner COMMAND --help&apos;.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>open FILE in the window (the default command)</source>
        <translation>ouvrir FILE dans la fenêtre (la commande par défaut)</translation>
    </message>
    <message>
        <source>a .journey file; the bundled sample map when left out</source>
        <translation>un fichier .journey&#x202f;; à défaut, la carte d&apos;exemple fournie</translation>
    </message>
    <message>
        <source>create a project file from a template</source>
        <translation>créer un fichier de projet à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>the .journey file to create</source>
        <translation>le fichier .journey à créer</translation>
    </message>
    <message>
        <source>template name (default {default_template})</source>
        <translation>nom du modèle (par défaut {default_template})</translation>
    </message>
    <message>
        <source>the project&apos;s title</source>
        <translation>le titre du projet</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>remplacer FILE s&apos;il existe</translation>
    </message>
    <message>
        <source>list the templates and exit</source>
        <translation>lister les modèles et quitter</translation>
    </message>
    <message>
        <source>check project files; exit 2 if any is not valid</source>
        <translation>vérifier des fichiers de projet&#x202f;; code de sortie 2 si l&apos;un n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Export a project. Settings not given here are the ones last used for this project.</source>
        <translation>Exporter un projet. Les réglages non précisés ici sont ceux utilisés la dernière fois pour ce projet.</translation>
    </message>
    <message>
        <source>write FILE in the format OUT&apos;s extension names ({suffixes})</source>
        <translation>écrire FILE au format que désigne l&apos;extension de OUT ({suffixes})</translation>
    </message>
    <message>
        <source>the file to write; its extension picks the format: {suffixes} (.journey: a copy in the current format)</source>
        <translation>le fichier à écrire&#x202f;; son extension choisit le format&#xa0;: {suffixes} (.journey&#xa0;: une copie au format actuel)</translation>
    </message>
    <message>
        <source>replace OUT if it exists</source>
        <translation>remplacer OUT s&apos;il existe</translation>
    </message>
    <message>
        <source>a map to export (repeatable; default all, or the first for PNG and SVG)</source>
        <translation>une carte à exporter (répétable&#x202f;; par défaut toutes, ou la première en PNG et SVG)</translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation>Pages PDF</translation>
    </message>
    <message>
        <source>custom paper size in millimetres, e.g. 1000x700</source>
        <translation>format de papier personnalisé en millimètres, par ex. 1000x700</translation>
    </message>
    <message>
        <source>the whole map on one page, however small its text (the default picks one page or tiles that keep it legible)</source>
        <translation>la carte entière sur une page, quelle que soit la taille du texte (par défaut&#xa0;: une page, ou plusieurs pour qu&apos;il reste lisible)</translation>
    </message>
    <message>
        <source>tile each map across C×R pages, e.g. 3x2</source>
        <translation>répartir chaque carte sur C×R pages (colonnes × rangées), par ex. 3x2</translation>
    </message>
    <message>
        <source>overlap between tiles</source>
        <translation>chevauchement entre les pages</translation>
    </message>
    <message>
        <source>tiles: extend backgrounds past the trim for a print shop, e.g. 3</source>
        <translation>pages multiples&#xa0;: prolonger les fonds au-delà de la coupe pour l&apos;imprimeur, par ex. 3</translation>
    </message>
    <message>
        <source>draw the job badges and flags on stage headers (internal; off by default)</source>
        <translation>dessiner les badges de jobs et les alertes dans les en-têtes d&apos;étape (usage interne&#x202f;; désactivé par défaut)</translation>
    </message>
    <message>
        <source>comma-separated, from: {choices}</source>
        <translation>séparées par des virgules, parmi&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>confidential export</source>
        <translation>export confidentiel</translation>
    </message>
    <message>
        <source>leave out a lane (repeatable)</source>
        <translation>exclure une ligne (répétable)</translation>
    </message>
    <message>
        <source>leave out internal notes</source>
        <translation>exclure les notes internes</translation>
    </message>
    <message>
        <source>persona names become Persona A, B… in every text; no photo, age, gender or location</source>
        <translation>les noms des personas deviennent Persona A, B… dans tous les textes&#x202f;; ni photo, ni âge, ni genre, ni lieu</translation>
    </message>
    <message>
        <source>PNG and SVG</source>
        <translation>PNG et SVG</translation>
    </message>
    <message>
        <source>pixels per map point (default 2)</source>
        <translation>pixels par point de la carte (2 par défaut)</translation>
    </message>
    <message>
        <source>the same as --scale DPI/96</source>
        <translation>équivaut à --scale DPI/96</translation>
    </message>
    <message>
        <source>no background</source>
        <translation>sans fond</translation>
    </message>
    <message>
        <source>CSV and XLSX</source>
        <translation>CSV et XLSX</translation>
    </message>
    <message>
        <source>cards: one card per row with every field (the default); grid: lanes down, stages across, a card per line, as people draft it</source>
        <translation>cards&#xa0;: une fiche par ligne avec tous les champs (par défaut)&#x202f;; grid&#xa0;: lignes en hauteur, étapes en largeur, une fiche par ligne de texte, comme on l&apos;esquisse</translation>
    </message>
    <message>
        <source>compare two versions of a project; exit 0 when they are the same, 1 when they differ</source>
        <translation>comparer deux versions d&apos;un projet&#x202f;; code de sortie 0 si elles sont identiques, 1 si elles diffèrent</translation>
    </message>
    <message>
        <source>List what changed from A to B, a line per change. With --base, what each changed since the version both started from, and the conflicts.</source>
        <translation>Liste ce qui a changé de A à B, une ligne par modification. Avec --base, ce que chacune a changé depuis la version de départ commune, et les conflits.</translation>
    </message>
    <message>
        <source>the common ancestor, for a three-way comparison</source>
        <translation>l&apos;ancêtre commun, pour une comparaison à trois voies</translation>
    </message>
    <message>
        <source>make a project from a spreadsheet or a Mermaid journey ({suffixes})</source>
        <translation>créer un projet à partir d&apos;un tableur ou d&apos;un parcours Mermaid ({suffixes})</translation>
    </message>
    <message>
        <source>the file to import: {suffixes}</source>
        <translation>le fichier à importer&#xa0;: {suffixes}</translation>
    </message>
    <message>
        <source>the project to create</source>
        <translation>le projet à créer</translation>
    </message>
    <message>
        <source>journeydesigner: {reason}</source>
        <translation>journeydesigner&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>journeydesigner: internal error ({reason})</source>
        <translation>journeydesigner&#xa0;: erreur interne ({reason})</translation>
    </message>
    <message>
        <source>journeydesigner: internal error; details were written to {where}</source>
        <translation>journeydesigner&#xa0;: erreur interne&#x202f;; les détails ont été écrits dans {where}</translation>
    </message>
    <message>
        <source>new needs -o FILE (or --list-templates)</source>
        <translation>new exige -o FILE (ou --list-templates)</translation>
    </message>
    <message>
        <source>created {out} from the {template} template</source>
        <translation>{out} créé à partir du modèle {template}</translation>
    </message>
    <message>
        <source>opens, with problems</source>
        <translation>s&apos;ouvre, avec des problèmes</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>{name}: {state} ({counts})</source>
        <translation>{name}&#xa0;: {state} ({counts})</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
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
            <numerusform>avertissement&#xa0;: et %n autre problème à la lecture de {name}&#xa0;; `journeydesigner validate` les liste tous</numerusform>
            <numerusform>avertissement&#xa0;: et %n autres problèmes à la lecture de {name}&#xa0;; `journeydesigner validate` les liste tous</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {out}: {counts}</source>
        <translation>{out} écrit&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>Make a new project from IN. Spreadsheets (.csv, .xlsx) may be the grid (first column lane names, first row stage names, a card per line in a cell) or one card per row under a header (Map, Stage, Lane, Kind, Title, Body, Emotion score, Personas, Severity, Channel, Status, KPI value, KPI target, Tags, Notes, in any order); the shape is detected. A Mermaid &apos;journey&apos; diagram (.mmd) gives a stage per section, a card per task and a persona per actor; a Markdown page (.md) gives a map per journey fenced as ```mermaid. What could not be read is reported as warnings.</source>
        <translation>Créer un nouveau projet à partir de IN. Un tableur (.csv, .xlsx) peut être une grille (première colonne&#xa0;: noms des lignes, première ligne&#xa0;: noms des étapes, une fiche par ligne de texte dans une cellule) ou une fiche par ligne sous un en-tête (Map, Stage, Lane, Kind, Title, Body, Emotion score, Personas, Severity, Channel, Status, KPI value, KPI target, Tags, Notes, dans n&apos;importe quel ordre)&#x202f;; la forme est détectée. Un diagramme Mermaid &apos;journey&apos; (.mmd) donne une étape par section, une fiche par tâche et une persona par acteur&#x202f;; une page Markdown (.md) donne une carte par parcours dans un bloc ```mermaid. Ce qui n&apos;a pas pu être lu est signalé par des avertissements.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>{out} écrit</translation>
    </message>
    <message>
        <source>import writes a project: -o needs a .journey file, not {out}</source>
        <translation>import écrit un projet&#xa0;: -o exige un fichier .journey, pas {out}</translation>
    </message>
    <message>
        <source>there is no map named {missing!r}; the maps are: {choices}</source>
        <translation>aucune carte ne s&apos;appelle {missing!r}&#x202f;; les cartes sont&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>unknown section {unknown!r}; choose from {choices}</source>
        <translation>section inconnue {unknown!r}&#x202f;; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>there is no lane named {missing!r}</source>
        <translation>aucune ligne ne s&apos;appelle {missing!r}</translation>
    </message>
    <message>
        <source>export options</source>
        <translation>options d&apos;export</translation>
    </message>
    <message>
        <source>{flag} takes two numbers such as 3x2, not {text!r}</source>
        <translation>{flag} attend deux nombres comme 3x2, pas {text!r}</translation>
    </message>
    <message>
        <source>cannot write {out}: {reason}</source>
        <translation>impossible d&apos;écrire {out}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{out} already exists; add --force to replace it</source>
        <translation>{out} existe déjà&#x202f;; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>{out} is a folder</source>
        <translation>{out} est un dossier</translation>
    </message>
    <message>
        <source>cannot write {out}: the folder {parent} does not exist</source>
        <translation>impossible d&apos;écrire {out}&#xa0;: le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>no display found; use `journeydesigner export` for headless work</source>
        <translation>aucun écran trouvé&#x202f;; sans affichage, utilisez `journeydesigner export`</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Déplacer l&apos;étape</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Déplacer la ligne</translation>
    </message>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation>
            <numerusform>Ajouter %n fiche</numerusform>
            <numerusform>Ajouter %n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Supprimer %n fiche</numerusform>
            <numerusform>Supprimer %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove map</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Ajouter une persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer la persona</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Déplacer la persona</translation>
    </message>
    <message>
        <source>Add job</source>
        <translation>Ajouter un job</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>Supprimer le job</translation>
    </message>
    <message>
        <source>Move job</source>
        <translation>Déplacer le job</translation>
    </message>
    <message>
        <source>card</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>map</source>
        <translation>carte</translation>
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
        <translation>ligne</translation>
    </message>
    <message>
        <source>Persona {mark}</source>
        <translation>Persona {mark}</translation>
    </message>
    <message>
        <source>Anonymised: “{name}” alone was taken for {label} in {places}; check that it means the persona.</source>
        <translation>Anonymisé&#xa0;: «&#xa0;{name}&#xa0;» seul a été pris pour {label} dans {places}&#x202f;; vérifiez qu&apos;il désigne bien la persona.</translation>
    </message>
    <message>
        <source>Anonymised: “{word}” may be a persona&apos;s nickname or shared name and was left as it is in {places}.</source>
        <translation>Anonymisé&#xa0;: «&#xa0;{word}&#xa0;» est peut-être le surnom d&apos;une persona ou un nom partagé, et a été laissé tel quel dans {places}.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> et {count} autres</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Parcours client</translation>
    </message>
    <message>
        <source>for {client}</source>
        <translation>pour {client}</translation>
    </message>
    <message>
        <source>Prepared by {author}</source>
        <translation>Préparé par {author}</translation>
    </message>
    <message>
        <source>Maps: {names}</source>
        <translation>Cartes&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Scope and method</source>
        <translation>Périmètre et méthode</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>the project title on the cover</source>
        <translation>le titre du projet sur la couverture</translation>
    </message>
    <message>
        <source>the project notes on the cover</source>
        <translation>les notes du projet sur la couverture</translation>
    </message>
    <message>
        <source>lane “{lane}” (name)</source>
        <translation>ligne «&#xa0;{lane}&#xa0;» (nom)</translation>
    </message>
    <message>
        <source>card “{card}” (tags)</source>
        <translation>fiche «&#xa0;{card}&#xa0;» (tags)</translation>
    </message>
    <message>
        <source>job “{job}…”</source>
        <translation>job «&#xa0;{job}…&#xa0;»</translation>
    </message>
    <message>
        <source>Shortened to fit where it is drawn: {places}.</source>
        <translation>Raccourci pour tenir à sa place&#xa0;: {places}.</translation>
    </message>
    <message>
        <source>“{map}”: the map&apos;s description is longer than {lines} lines and was cut on the map page.</source>
        <translation>«&#xa0;{map}&#xa0;»&#xa0;: la description de la carte dépasse {lines} lignes et a été coupée sur la page de la carte.</translation>
    </message>
    <message>
        <source>custom paper</source>
        <translation>de format personnalisé</translation>
    </message>
    <message>
        <source>on one {paper} page</source>
        <translation>sur une page {paper}</translation>
    </message>
    <message>
        <source>“{map}”: {share} % of the map&apos;s words would print below {legible} pt (the smallest at {size} pt); choose “Automatic” to tile it legibly, larger paper, or more tiles.</source>
        <translation>«&#xa0;{map}&#xa0;»&#xa0;: {share} % des mots de la carte seraient imprimés en dessous de {legible} pt (le plus petit en {size} pt)&#x202f;; choisissez «&#xa0;Automatique&#xa0;» pour une répartition lisible, un papier plus grand ou davantage de pages.</translation>
    </message>
    <message>
        <source>Part {part} (row {row} of {rows}, column {column} of {columns}) — {map}</source>
        <translation>Partie {part} (rangée {row} sur {rows}, colonne {column} sur {columns}) – {map}</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <source>Persona “{name}”: the quote is longer than {lines} lines and was cut on its page.</source>
        <translation>Persona «&#xa0;{name}&#xa0;»&#xa0;: la citation dépasse {lines} lignes et a été coupée sur sa page.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivations</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Comportements</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Mode de vie</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>across {cols} × {rows} {paper} pages (to be joined into one poster)</source>
        <translation>sur {cols} × {rows} pages {paper} (à assembler en une affiche)</translation>
    </message>
    <message>
        <source>“{map}” is printed {how}, so its smallest text is {size} pt (legible is {legible} pt or more).</source>
        <translation>«&#xa0;{map}&#xa0;» est imprimée {how}&#xa0;: son plus petit texte fait ainsi {size} pt (lisible à partir de {legible} pt).</translation>
    </message>
    <message>
        <source>On {paper} paper or larger it prints on one page.</source>
        <translation>Sur du papier {paper} ou plus grand, elle tient sur une page.</translation>
    </message>
    <message>
        <source>Persona: {name} (continued)</source>
        <translation>Persona&#xa0;: {name} (suite)</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (suite)</translation>
    </message>
    <message>
        <source>Job to be done</source>
        <translation>Job to be Done</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Jobs to be done, ranked by opportunity</source>
        <translation>Jobs to be Done, classés par score d&apos;opportunité</translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth attention (amber), above 15 is strong (green).</source>
        <translation>Opportunité = importance + max(importance − satisfaction, 0), chacune notée de 1 à 10&#x202f;; au-dessus de 10, elle mérite attention (orange)&#x202f;; au-dessus de 15, elle est forte (vert).</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Action du client</translation>
    </message>
    <message>
        <source>Touchpoint, with its channel</source>
        <translation>Point de contact, avec son canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>“A thought, in the customer&apos;s words”</source>
        <translation>«&#xa0;Une pensée, dans les mots du client&#xa0;»</translation>
    </message>
    <message>
        <source>Emotion (off the curve)</source>
        <translation>Émotion (hors courbe)</translation>
    </message>
    <message>
        <source>Pain point, with severity 1–5</source>
        <translation>Point de friction, avec sa gravité de 1 à 5</translation>
    </message>
    <message>
        <source>Opportunity, with status and owner</source>
        <translation>Opportunité, avec statut et responsable</translation>
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
        <translation>Nom de l&apos;indicateur</translation>
    </message>
    <message>
        <source>Backstage / support process</source>
        <translation>Processus back-office / de support</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Opportunity status</source>
        <translation>Statut de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Emotional journey</source>
        <translation>Parcours émotionnel</translation>
    </message>
    <message>
        <source>Each point is how the customer feels at a stage, from {low} (worst) to +{high} (best); the curve joins a persona&apos;s points, in the persona&apos;s colour.</source>
        <translation>Chaque point indique le ressenti du client à une étape, de {low} (le pire) à +{high} (le meilleur)&#x202f;; la courbe relie les points d&apos;une persona, dans sa couleur.</translation>
    </message>
    <message>
        <source>there is nothing to export: choose at least one section</source>
        <translation>il n&apos;y a rien à exporter&#xa0;: choisissez au moins une section</translation>
    </message>
    <message>
        <source>Customer journey map</source>
        <translation>Carte du parcours client</translation>
    </message>
    <message>
        <source>Customer journey map for {client}</source>
        <translation>Carte du parcours client pour {client}</translation>
    </message>
    <message>
        <source>customer journey</source>
        <translation>parcours client</translation>
    </message>
    <message>
        <source>journey map</source>
        <translation>carte de parcours</translation>
    </message>
    <message>
        <source>the photo of {name}</source>
        <translation>la photo de {name}</translation>
    </message>
    <message>
        <source>the image on the card “{title}”</source>
        <translation>l&apos;image de la fiche «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>{what} prints at {ppi} ppi, below the {low} ppi a photo needs to look sharp; use a larger image</source>
        <translation>{what} s&apos;imprime à {ppi} ppp, en dessous des {low} ppp nécessaires à une photo nette&#x202f;; utilisez une image plus grande</translation>
    </message>
    <message>
        <source>there is nothing to draw in that area</source>
        <translation>il n&apos;y a rien à dessiner dans cette zone</translation>
    </message>
    <message>
        <source>a {width} × {height} pixel image is more than the {limit} million pixels a PNG export may have; choose a smaller scale (at most {scale}) or export a PDF</source>
        <translation>une image de {width} × {height} pixels dépasse les {limit} millions de pixels permis pour un export PNG&#x202f;; choisissez une échelle plus petite ({scale} au plus) ou exportez un PDF</translation>
    </message>
    <message>
        <source>there is not enough memory for a {width:,} × {height:,} pixel image</source>
        <translation>la mémoire ne suffit pas pour une image de {width:,} × {height:,} pixels</translation>
    </message>
    <message>
        <source>could not write the PNG image {path} ({reason})</source>
        <translation>impossible d&apos;écrire l&apos;image PNG {path} ({reason})</translation>
    </message>
    <message>
        <source>{title} — made with Journey Designer</source>
        <translation>{title} – réalisé avec Journey Designer</translation>
    </message>
    <message>
        <source>could not write the SVG file {path}</source>
        <translation>impossible d&apos;écrire le fichier SVG {path}</translation>
    </message>
    <message>
        <source>cannot export to &apos;{suffix}&apos;; choose one of {choices}</source>
        <translation>impossible d&apos;exporter en &apos;{suffix}&apos;&#x202f;; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>{path} {reason}</source>
        <translation>{path} {reason}</translation>
    </message>
    <message>
        <source>the project has no map to draw</source>
        <translation>le projet n&apos;a aucune carte à dessiner</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>Journey Designer project</source>
        <translation>Projet Journey Designer</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Mermaid journey diagram</source>
        <translation>Diagramme de parcours Mermaid</translation>
    </message>
    <message>
        <source>Markdown with Mermaid journeys</source>
        <translation>Markdown avec parcours Mermaid</translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>Présentation PowerPoint</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>cannot import &apos;{suffix}&apos;; choose one of {choices}</source>
        <translation>impossible d&apos;importer &apos;{suffix}&apos;&#x202f;; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Feeling {score}</source>
        <translation>Ressenti {score}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>cible {value}</translation>
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
        <translation>{map} – étapes {first} à {last}, partie {part}</translation>
    </message>
    <message>
        <source>“{map}”: some lanes are taller than a slide, so their text is as small as {size} pt.</source>
        <translation>«&#xa0;{map}&#xa0;»&#xa0;: certaines lignes sont plus hautes qu&apos;une diapositive, leur texte descend donc à {size} pt.</translation>
    </message>
    <message>
        <source>Notes on cards:</source>
        <translation>Notes des fiches&#xa0;:</translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation>Étape sans titre</translation>
    </message>
    <message>
        <source>Emotion curve {name}</source>
        <translation>Courbe émotionnelle {name}</translation>
    </message>
    <message>
        <source>Persona “{name}”: the fields do not fit one slide.</source>
        <translation>Persona «&#xa0;{name}&#xa0;»&#xa0;: les champs ne tiennent pas sur une diapositive.</translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10.</source>
        <translation>Opportunité = importance + max(importance − satisfaction, 0), chacune notée de 1 à 10.</translation>
    </message>
    <message>
        <source>Untitled lane</source>
        <translation>Ligne sans titre</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Actions du client</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>ligne {line}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>this is not a Mermaid journey diagram: it must start with &apos;journey&apos;, not &apos;{first}&apos;</source>
        <translation>ce n&apos;est pas un diagramme de parcours Mermaid&#xa0;: il doit commencer par &apos;journey&apos;, pas par &apos;{first}&apos;</translation>
    </message>
    <message>
        <source>the diagram is empty: it must start with &apos;journey&apos;</source>
        <translation>le diagramme est vide&#xa0;: il doit commencer par &apos;journey&apos;</translation>
    </message>
    <message>
        <source>the task &apos;{task}&apos; needs a score after a colon, such as &apos;{task}: 3: Me&apos;</source>
        <translation>la tâche &apos;{task}&apos; a besoin d&apos;une note après deux-points, par ex. &apos;{task}: 3: Me&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no task name before its colon</source>
        <translation>&apos;{text}&apos; n&apos;a pas de nom de tâche avant ses deux-points</translation>
    </message>
    <message>
        <source>&apos;journey&apos; may only start the diagram (a task or section cannot begin with it)</source>
        <translation>&apos;journey&apos; ne peut qu&apos;ouvrir le diagramme (une tâche ou une section ne peut pas commencer par ce mot)</translation>
    </message>
    <message>
        <source>Mermaid does not accept &apos;{text}&apos; here</source>
        <translation>Mermaid n&apos;accepte pas &apos;{text}&apos; ici</translation>
    </message>
    <message>
        <source>{name} is longer than the {limit} characters Mermaid draws by default</source>
        <translation>{name} dépasse les {limit} caractères que Mermaid dessine par défaut</translation>
    </message>
    <message>
        <source>{name} holds no Mermaid journey diagram (a block fenced as ```mermaid that starts with &apos;journey&apos;)</source>
        <translation>{name} ne contient aucun diagramme de parcours Mermaid (un bloc ```mermaid qui commence par &apos;journey&apos;)</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>une section</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>{where}: the score &apos;{text}&apos; of &apos;{task}&apos; is not a number; it was read as 3 (neutral)</source>
        <translation>{where}&#xa0;: la note &apos;{text}&apos; de &apos;{task}&apos; n&apos;est pas un nombre&#x202f;; elle a été lue comme 3 (neutre)</translation>
    </message>
    <message>
        <source>{where}: the score {text} of &apos;{task}&apos; is outside Mermaid&apos;s 1…5; it was read as {clamped}</source>
        <translation>{where}&#xa0;: la note {text} de &apos;{task}&apos; sort de l&apos;échelle 1…5 de Mermaid&#x202f;; elle a été lue comme {clamped}</translation>
    </message>
    <message>
        <source>a Mermaid diagram holds one map: only &apos;{name}&apos; was written</source>
        <translation>un diagramme Mermaid contient une seule carte&#xa0;: seule &apos;{name}&apos; a été écrite</translation>
    </message>
    <message>
        <source>the diagram has {count} characters; Mermaid draws at most {limit} unless its maxTextSize setting is raised</source>
        <translation>le diagramme compte {count} caractères&#x202f;; Mermaid en dessine au plus {limit} si son réglage maxTextSize n&apos;est pas relevé</translation>
    </message>
    <message>
        <source>map &apos;{name}&apos; has no customer actions lane, so the diagram has no tasks</source>
        <translation>la carte &apos;{name}&apos; n&apos;a pas de ligne d&apos;actions du client, le diagramme n&apos;a donc pas de tâches</translation>
    </message>
    <message>
        <source>tasks in stages without an emotion point were given the neutral score 3</source>
        <translation>les tâches des étapes sans point d&apos;émotion ont reçu la note neutre 3</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensées</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>KPIs / metrics</source>
        <translation>KPI / indicateurs</translation>
    </message>
    <message>
        <source>Backstage / support</source>
        <translation>Back-office / support</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Pensée</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Point de friction</translation>
    </message>
    <message>
        <source>Backstage process</source>
        <translation>Processus back-office</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Phone / chat</source>
        <translation>Téléphone / chat</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Fonctionnel</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Émotionnel</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(variable)</translation>
    </message>
    <message>
        <source>Change “{field}”</source>
        <translation>Modifier «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>séparés, par des virgules</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>un par ligne</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Kind&apos;s colour</source>
        <translation>Couleur du type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Severity (1–5)</source>
        <translation>Gravité (1–5)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Emotion score</source>
        <translation>Note d&apos;émotion</translation>
    </message>
    <message>
        <source>KPI metric</source>
        <translation>Indicateur KPI</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>Valeur du KPI</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>Cible du KPI</translation>
    </message>
    <message>
        <source>KPI unit</source>
        <translation>Unité du KPI</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>I want to</source>
        <translation>Je veux</translation>
    </message>
    <message>
        <source>So I can</source>
        <translation>Pour pouvoir</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>the project has no map to export</source>
        <translation>le projet n&apos;a aucune carte à exporter</translation>
    </message>
    <message>
        <source>map &apos;{name}&apos;: card titles with line breaks were written on one line (a grid cell holds one card per line)</source>
        <translation>carte &apos;{name}&apos;&#xa0;: les titres de fiches avec retours à la ligne ont été écrits sur une ligne (une cellule de grille contient une fiche par ligne)</translation>
    </message>
    <message>
        <source>map &apos;{name}&apos;: a grid holds each card&apos;s title only; the bodies, notes, tags and fields of {count} card(s) were not written (choose one card per row to keep them)</source>
        <translation>carte &apos;{name}&apos; : une grille ne contient que le titre de chaque fiche ; les textes, notes, étiquettes et champs de {count} fiche(s) n&apos;ont pas été écrits (choisissez une fiche par ligne pour les garder)</translation>
    </message>
    <message>
        <source>{where}: the file makes more than {limit} cards, more than an import may make; split it into several files</source>
        <translation>{where} : le fichier donnerait plus de {limit} fiches, plus qu&apos;une importation ne peut en créer ; répartissez-le en plusieurs fichiers</translation>
    </message>
    <message>
        <source>{where}: {field} {reason}</source>
        <translation>{where}&#xa0;: {field} {reason}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; was skipped: it holds no table ({reason})</source>
        <translation>la feuille &apos;{sheet}&apos; a été ignorée : elle ne contient pas de tableau ({reason})</translation>
    </message>
    <message>
        <source>{name} is empty: there is no row with text in it</source>
        <translation>{name} est vide&#xa0;: aucune ligne ne contient de texte</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has {rows} rows, more than the {limit} an import may have</source>
        <translation>la feuille &apos;{sheet}&apos; compte {rows} lignes, plus que les {limit} permises pour un import</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row} has {columns} columns, more than the {limit} an import may have</source>
        <translation>feuille &apos;{sheet}&apos;, ligne {row}&#xa0;: {columns} colonnes, plus que les {limit} permises pour un import</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}</source>
        <translation>feuille &apos;{sheet}&apos;, {place}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has {count} merged range(s) (the first: {cells}); each was read as its first cell&apos;s text, spanning its stages, lanes or rows</source>
        <translation>la feuille &apos;{sheet}&apos; a {count} plage(s) fusionnée(s) (la première : {cells}) ; chacune a été lue comme le texte de sa première cellule, sur toutes ses étapes, lignes ou rangées</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;: row(s) {rows} above the table were read as its title &apos;{title}&apos;</source>
        <translation>feuille &apos;{sheet}&apos; : la ou les ligne(s) {rows} au-dessus du tableau ont été lues comme son titre &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>{where}: no header; the first row needs stage names from column {column} on (the grid), or card fields such as Stage, Lane and Title (one card per row)</source>
        <translation>{where}&#xa0;: pas d&apos;en-tête&#x202f;; la première ligne doit porter les noms d&apos;étapes à partir de la colonne {column} (grille), ou des champs de fiche comme Stage, Lane et Title (une fiche par ligne)</translation>
    </message>
    <message>
        <source>{where} holds text but column {column} of that row names no lane</source>
        <translation>{where} contient du texte, mais la colonne {column} de cette ligne ne nomme aucune ligne de carte</translation>
    </message>
    <message>
        <source>{where} holds text but row {row} names no stage above it</source>
        <translation>{where} contient du texte, mais la ligne {row} ne nomme aucune étape au-dessus</translation>
    </message>
    <message>
        <source>{where}: the emotion score &apos;{text}&apos; is not a number; it was set to 0 (neutral)</source>
        <translation>{where}&#xa0;: la note d&apos;émotion &apos;{text}&apos; n&apos;est pas un nombre&#x202f;; elle a été mise à 0 (neutre)</translation>
    </message>
    <message>
        <source>{where}: the emotion score {score} is outside {low}…{high}; it was set to {clamped}</source>
        <translation>{where}&#xa0;: la note d&apos;émotion {score} sort de {low}…{high}&#x202f;; elle a été mise à {clamped}</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a {what} this program knows; {default} was used</source>
        <translation>{where}&#xa0;: &apos;{text}&apos; n&apos;est pas un {what} connu de ce programme&#x202f;; {default} a été utilisé</translation>
    </message>
    <message>
        <source>card kind</source>
        <translation>type de fiche</translation>
    </message>
    <message>
        <source>{where}: the card has no {what}; it was put in &apos;{name}&apos;</source>
        <translation>{where}&#xa0;: la fiche n&apos;a pas de {what}&#x202f;; elle a été placée dans &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>column {column} (&apos;{header}&apos;) is not a card field; its values were kept in the cards&apos; notes</source>
        <translation>la colonne {column} (&apos;{header}&apos;) n&apos;est pas un champ de fiche&#x202f;; ses valeurs ont été conservées dans les notes des fiches</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number; {default} was used</source>
        <translation>{where}&#xa0;: &apos;{text}&apos; n&apos;est pas un nombre&#x202f;; {default} a été utilisé</translation>
    </message>
    <message>
        <source>{where}: {value} is outside {low}…{high}; it was set to {clamped}</source>
        <translation>{where}&#xa0;: {value} sort de {low}…{high}&#x202f;; la valeur a été mise à {clamped}</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number; it was left empty</source>
        <translation>{where}&#xa0;: &apos;{text}&apos; n&apos;est pas un nombre&#x202f;; le champ a été laissé vide</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}: the personas sheet needs a Name column</source>
        <translation>feuille &apos;{sheet}&apos;, {place}&#xa0;: la feuille des personas a besoin d&apos;une colonne Name</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row}</source>
        <translation>feuille &apos;{sheet}&apos;, ligne {row}</translation>
    </message>
    <message>
        <source>job kind</source>
        <translation>type de job</translation>
    </message>
    <message>
        <source>{where}: there is no stage &apos;{name}&apos;; the job was not linked to it</source>
        <translation>{where}&#xa0;: il n&apos;y a pas d&apos;étape &apos;{name}&apos;&#x202f;; le job n&apos;y a pas été lié</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nom de l&apos;étape</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Description de l&apos;étape</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Stage width</source>
        <translation>Largeur de l&apos;étape</translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation>Nom de la ligne</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>Type de ligne</translation>
    </message>
    <message>
        <source>Map name</source>
        <translation>Nom de la carte</translation>
    </message>
    <message>
        <source>Map description</source>
        <translation>Description de la carte</translation>
    </message>
    <message>
        <source>For personas</source>
        <translation>Pour les personas</translation>
    </message>
    <message>
        <source>Map personas</source>
        <translation>Personas de la carte</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
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
        <translation>étapes</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>date de création</translation>
    </message>
    <message>
        <source>emotion scale</source>
        <translation>échelle émotionnelle</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>situation</translation>
    </message>
    <message>
        <source>motivation</source>
        <translation>motivation</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>importance</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>satisfaction</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{what} &apos;{label}&apos;</source>
        <translation>{what} &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>{item} added in {where}</source>
        <translation>{item}&#xa0;: ajout dans {where}</translation>
    </message>
    <message>
        <source>{item} added</source>
        <translation>{item}&#xa0;: ajout</translation>
    </message>
    <message numerus="yes">
        <source>{item} removed, with its %n card(s)</source>
        <translation>
            <numerusform>{item}&#xa0;: suppression, avec %n fiche</numerusform>
            <numerusform>{item}&#xa0;: suppression, avec ses %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>{item} removed from {where}</source>
        <translation>{item}&#xa0;: suppression dans {where}</translation>
    </message>
    <message>
        <source>{item} removed</source>
        <translation>{item}&#xa0;: suppression</translation>
    </message>
    <message>
        <source>{item} renamed to &apos;{name}&apos;</source>
        <translation>{item}&#xa0;: renommé en &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Réglages d&apos;export</translation>
    </message>
    <message>
        <source>{subject} in {where}</source>
        <translation>{subject} dans {where}</translation>
    </message>
    <message>
        <source>{subject}: changed from {before} to {after}</source>
        <translation>{subject}&#xa0;: passe de {before} à {after}</translation>
    </message>
    <message>
        <source>{subject}: {field} changed from {old} to {new}</source>
        <translation>{subject}&#xa0;: «&#xa0;{field}&#xa0;» passe de {old} à {new}</translation>
    </message>
    <message>
        <source>{subject}: {field} changed</source>
        <translation>{subject}&#xa0;: «&#xa0;{field}&#xa0;» modifié</translation>
    </message>
    <message>
        <source>{persona}&apos;s emotion point in {where} went from {old:+d} to {new:+d}</source>
        <translation>Point d’émotion de {persona} dans {where}&#xa0;: passe de {old:+d} à {new:+d}</translation>
    </message>
    <message>
        <source>Emotion point &apos;{label}&apos; in {where} went from {old:+d} to {new:+d}</source>
        <translation>Point d&apos;émotion &apos;{label}&apos; dans {where}&#xa0;: passe de {old:+d} à {new:+d}</translation>
    </message>
    <message>
        <source>{item} moved from {was} to {now}</source>
        <translation>{item}&#xa0;: déplacé de {was} vers {now}</translation>
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
        <translation>{item}&#xa0;: déplacé de la position {old} à {new} dans {where}</translation>
    </message>
    <message>
        <source>{item} moved from place {old} to {new}</source>
        <translation>{item}&#xa0;: déplacé de la position {old} à {new}</translation>
    </message>
    <message>
        <source>{map}: {text}</source>
        <translation>{map}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{subject}: both changed the {field} ({mine} here, {theirs} in the other version)</source>
        <translation>{subject}&#xa0;: «&#xa0;{field}&#xa0;» modifié des deux côtés ({mine} ici, {theirs} dans l&apos;autre version)</translation>
    </message>
    <message>
        <source>{subject}: both changed the {field}</source>
        <translation>{subject}&#xa0;: «&#xa0;{field}&#xa0;» modifié des deux côtés</translation>
    </message>
    <message>
        <source>Conflict: they: {theirs}; you: {ours}</source>
        <translation>Conflit&#xa0;: autre version&#xa0;: {theirs}&#x202f;; la vôtre&#xa0;: {ours}</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Aucune persona</translation>
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
        <translation>Opp.</translation>
    </message>
    <message>
        <source>Drag a job onto a card or a stage header to link them</source>
        <translation>Faites glisser un job sur une fiche ou un en-tête d&apos;étape pour les lier</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>When…</source>
        <translation>Quand…</translation>
    </message>
    <message>
        <source>When (the situation)</source>
        <translation>Quand (la situation)</translation>
    </message>
    <message>
        <source>I want to…</source>
        <translation>je veux…</translation>
    </message>
    <message>
        <source>I want to (the motivation)</source>
        <translation>je veux (la motivation)</translation>
    </message>
    <message>
        <source>so I can…</source>
        <translation>pour pouvoir…</translation>
    </message>
    <message>
        <source>So I can (the expected outcome)</source>
        <translation>Pour pouvoir (le résultat attendu)</translation>
    </message>
    <message>
        <source>Job kind</source>
        <translation>Type de job</translation>
    </message>
    <message>
        <source>Importance, 1 to 10</source>
        <translation>Importance, de 1 à 10</translation>
    </message>
    <message>
        <source>Satisfaction, 1 to 10</source>
        <translation>Satisfaction, de 1 à 10</translation>
    </message>
    <message>
        <source>Opportunity score</source>
        <translation>Score d&apos;opportunité</translation>
    </message>
    <message>
        <source>Job personas</source>
        <translation>Personas du job</translation>
    </message>
    <message>
        <source>Job stages</source>
        <translation>Étapes du job</translation>
    </message>
    <message>
        <source>&lt;b&gt;{score}&lt;/b&gt; = importance + max(importance − satisfaction, 0)</source>
        <translation>&lt;b&gt;{score}&lt;/b&gt; = importance + max(importance − satisfaction, 0)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) link to this job. Delete it and remove the links? (Undo brings everything back.)</source>
        <translation>
            <numerusform>%n fiche est liée à ce job. Le supprimer et retirer le lien&#x202f;? («&#xa0;Annuler&#xa0;» rétablit tout.)</numerusform>
            <numerusform>%n fiches sont liées à ce job. Le supprimer et retirer les liens&#x202f;? («&#xa0;Annuler&#xa0;» rétablit tout.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {words}. {stage}, {lane}.</source>
        <translation>{kind}&#xa0;: {words}. {stage}, {lane}.</translation>
    </message>
    <message>
        <source>Map outline</source>
        <translation>Plan de la carte</translation>
    </message>
    <message>
        <source>Stages, their lanes and the cards in them, in the order of the map</source>
        <translation>Les étapes, leurs lignes et leurs fiches, dans l&apos;ordre de la carte</translation>
    </message>
    <message>
        <source>Stage {n}: {name}</source>
        <translation>Étape {n}&#xa0;: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{lane} (%n card(s))</source>
        <translation>
            <numerusform>{lane} (%n fiche)</numerusform>
            <numerusform>{lane} (%n fiches)</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlight on the map</source>
        <translation>Mettre en évidence sur la carte</translation>
    </message>
    <message>
        <source>Fade every card and emotion curve that is not this persona&apos;s</source>
        <translation>Estomper les fiches et courbes émotionnelles qui ne sont pas celles de cette persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Nom de la persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role or occupation</source>
        <translation>Rôle ou profession</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Couleur de la persona</translation>
    </message>
    <message>
        <source>Persona {number}</source>
        <translation>Persona {number}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Duplicate persona</source>
        <translation>Dupliquer la persona</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), maps or jobs refer to “{name}”. Delete the persona and remove those links? (The cards stay; Undo brings everything back.)</source>
        <translation>
            <numerusform>%n fiche, carte ou job fait référence à «&#xa0;{name}&#xa0;». Supprimer la persona et retirer ce lien&#x202f;? (Les fiches restent&#x202f;; «&#xa0;Annuler&#xa0;» rétablit tout.)</numerusform>
            <numerusform>%n fiches, cartes ou jobs font référence à «&#xa0;{name}&#xa0;». Supprimer la persona et retirer ces liens&#x202f;? (Les fiches restent&#x202f;; «&#xa0;Annuler&#xa0;» rétablit tout.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>Changer la photo de la persona</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Ce n&apos;est pas une image</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Titre du projet</translation>
    </message>
    <message>
        <source>Shown on the cover and every page</source>
        <translation>Affiché sur la couverture et sur chaque page</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>You, or your team</source>
        <translation>Vous, ou votre équipe</translation>
    </message>
    <message>
        <source>No fixed date</source>
        <translation>Pas de date fixe</translation>
    </message>
    <message>
        <source>No fixed date: the cover shows the day of each export</source>
        <translation>Pas de date fixe&#xa0;: la couverture affiche le jour de chaque export</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Libellé de version</translation>
    </message>
    <message>
        <source>e.g. Draft 2</source>
        <translation>par ex. Brouillon 2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Project notes</source>
        <translation>Notes du projet</translation>
    </message>
    <message>
        <source>Scope and method, printed on the cover</source>
        <translation>Périmètre et méthode, imprimés sur la couverture</translation>
    </message>
    <message>
        <source>Client logo</source>
        <translation>Logo du client</translation>
    </message>
    <message>
        <source>Day of the export</source>
        <translation>Jour de l&apos;export</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose the client&apos;s logo</source>
        <translation>Choisir le logo du client</translation>
    </message>
    <message>
        <source>Change client logo</source>
        <translation>Changer le logo du client</translation>
    </message>
    <message>
        <source>Remove client logo</source>
        <translation>Retirer le logo du client</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Propriétés du projet</translation>
    </message>
    <message>
        <source>What the deliverable says about itself: the cover, every page&apos;s header and footer, and the file&apos;s properties. Changes apply at once and can be undone.</source>
        <translation>Ce que le livrable dit de lui-même&#xa0;: la couverture, l&apos;en-tête et le pied de chaque page, et les propriétés du fichier. Les modifications s&apos;appliquent aussitôt et peuvent être annulées.</translation>
    </message>
    <message>
        <source>Journey Designer — presentation</source>
        <translation>Journey Designer – présentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation>Où nous en sommes</translation>
    </message>
    <message>
        <source>Introduction {n} of {total}</source>
        <translation>Introduction {n} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>Overview · %n stage(s)</source>
        <translation>
            <numerusform>Vue d&apos;ensemble · %n étape</numerusform>
            <numerusform>Vue d&apos;ensemble · %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage {n} of {total} · {name}</source>
        <translation>Étape {n} sur {total} · {name}</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>est obligatoire mais absent</translation>
    </message>
    <message>
        <source>must be text (found {kind})</source>
        <translation>doit être du texte (trouvé&#xa0;: {kind})</translation>
    </message>
    <message>
        <source>must be a list (found {kind})</source>
        <translation>doit être une liste (trouvé&#xa0;: {kind})</translation>
    </message>
    <message>
        <source>must be an object (found {kind})</source>
        <translation>doit être un objet (trouvé&#xa0;: {kind})</translation>
    </message>
    <message>
        <source>a number with more than {limit} digits</source>
        <translation>un nombre de plus de {limit} chiffres</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>must be at most {limit} (found {got})</source>
        <translation>doit valoir au plus {limit} (trouvé&#xa0;: {got})</translation>
    </message>
    <message>
        <source>must be at least {limit} (found {got})</source>
        <translation>doit valoir au moins {limit} (trouvé&#xa0;: {got})</translation>
    </message>
    <message>
        <source>must be a whole number (found {got})</source>
        <translation>doit être un nombre entier (trouvé&#xa0;: {got})</translation>
    </message>
    <message>
        <source>must be a number (found {got})</source>
        <translation>doit être un nombre (trouvé&#xa0;: {got})</translation>
    </message>
    <message>
        <source>must be a finite number (found {got})</source>
        <translation>doit être un nombre fini (trouvé&#xa0;: {got})</translation>
    </message>
    <message>
        <source>must be true or false (found {got})</source>
        <translation>doit valoir true ou false (trouvé&#xa0;: {got})</translation>
    </message>
    <message>
        <source>must be one of {expected} (found {got})</source>
        <translation>doit être l&apos;une des valeurs {expected} (trouvé&#xa0;: {got})</translation>
    </message>
    <message>
        <source>has an unknown card kind {kind}; expected one of {expected}</source>
        <translation>a un type de fiche inconnu {kind}&#x202f;; attendu&#xa0;: l&apos;un de {expected}</translation>
    </message>
    <message>
        <source>has no &apos;kind&apos;, so it is not clear what kind of card it is</source>
        <translation>n&apos;a pas de &apos;kind&apos;&#xa0;: impossible de savoir de quel type de fiche il s&apos;agit</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters)</source>
        <translation>est trop long ({limit} caractères au plus)</translation>
    </message>
    <message>
        <source>has too many items (at most {limit})</source>
        <translation>a trop d&apos;éléments ({limit} au plus)</translation>
    </message>
    <message>
        <source>has the wrong form: {got}</source>
        <translation>n&apos;a pas la bonne forme&#xa0;: {got}</translation>
    </message>
    <message>
        <source>is not a date and time (found {got})</source>
        <translation>n&apos;est pas une date et heure (trouvé&#xa0;: {got})</translation>
    </message>
    <message>
        <source>has too few items (at least {limit})</source>
        <translation>a trop peu d&apos;éléments ({limit} au moins)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform> (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: the image is {width} × {height} pixels, more than the {max_image_pixels} million pixels allowed</source>
        <translation>{where}&#xa0;: l&apos;image fait {width} × {height} pixels, plus que les {max_image_pixels} millions de pixels permis</translation>
    </message>
    <message>
        <source>the image is a {fmt} image stored under the wrong name; it is kept under its right name</source>
        <translation>l&apos;image est une image {fmt} enregistrée sous un mauvais nom&#x202f;; elle est conservée sous son vrai nom</translation>
    </message>
    <message>
        <source>the image is a {fmt} image; it was converted to PNG, which saving keeps</source>
        <translation>l&apos;image est une image {fmt}&#x202f;; elle a été convertie en PNG, ce que l&apos;enregistrement conserve</translation>
    </message>
    <message>
        <source>{where}: the image has an absurd number of pixels</source>
        <translation>{where}&#xa0;: l&apos;image a un nombre absurde de pixels</translation>
    </message>
    <message>
        <source>{where}: is not a readable image</source>
        <translation>{where}&#xa0;: n&apos;est pas une image lisible</translation>
    </message>
    <message>
        <source>the image is {width} × {height} pixels, more than the project&apos;s images may have together; it was reduced to {small_width} × {small_height}, which saving keeps</source>
        <translation>l&apos;image fait {width} × {height} pixels, plus que ce que les images du projet peuvent totaliser&#x202f;; elle a été réduite à {small_width} × {small_height}, ce que l&apos;enregistrement conserve</translation>
    </message>
    <message>
        <source>project.json › format_version: is missing, so the file&apos;s format is unknown</source>
        <translation>project.json › format_version&#xa0;: absent, le format du fichier est donc inconnu</translation>
    </message>
    <message>
        <source>project.json › format_version: {raw} is not a version such as &quot;1.0&quot;</source>
        <translation>project.json › format_version&#xa0;: {raw} n&apos;est pas une version comme &quot;1.0&quot;</translation>
    </message>
    <message>
        <source>project.json › map: must be an object (found {kind})</source>
        <translation>project.json › map&#xa0;: doit être un objet (trouvé&#xa0;: {kind})</translation>
    </message>
    <message>
        <source>project.json › map › {key}: must be a list (found {kind})</source>
        <translation>project.json › map › {key}&#xa0;: doit être une liste (trouvé&#xa0;: {kind})</translation>
    </message>
    <message>
        <source>was made by a newer Journey Designer (format {major}.x); this version reads format {current_major}.x and older. Please update Journey Designer to open it.</source>
        <translation>a été créé par une version plus récente de Journey Designer (format {major}.x)&#x202f;; cette version lit le format {current_major}.x et antérieurs. Mettez Journey Designer à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>project.json › format_version: format {major} is not one this program knows</source>
        <translation>project.json › format_version&#xa0;: le format {major} est inconnu de ce programme</translation>
    </message>
    <message>
        <source>is not a file (it is a device, a pipe or a socket)</source>
        <translation>n&apos;est pas un fichier (c&apos;est un périphérique, un tube ou un socket)</translation>
    </message>
    <message>
        <source>is {size} MiB, larger than the {max_file_bytes} MiB a project file may be</source>
        <translation>fait {size} Mio, plus que les {max_file_bytes} Mio permis pour un fichier de projet</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>ne peut pas être lu&#xa0;: accès refusé</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>is not a Journey Designer project (it is not a ZIP container, or it is truncated)</source>
        <translation>n&apos;est pas un projet Journey Designer (ce n&apos;est pas un conteneur ZIP, ou il est tronqué)</translation>
    </message>
    <message>
        <source>is damaged: its ZIP directory cannot be read</source>
        <translation>est endommagé&#xa0;: son répertoire ZIP est illisible</translation>
    </message>
    <message>
        <source>{project_json}: is nested too deeply</source>
        <translation>{project_json}&#xa0;: est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>is damaged or truncated ({reason})</source>
        <translation>est endommagé ou tronqué ({reason})</translation>
    </message>
    <message>
        <source>has data before its ZIP archive; a project file is a ZIP archive and nothing else</source>
        <translation>contient des données avant son archive ZIP&#x202f;; un fichier de projet est une archive ZIP et rien d&apos;autre</translation>
    </message>
    <message>
        <source>has data after its ZIP archive; a project file is a ZIP archive and nothing else</source>
        <translation>contient des données après son archive ZIP&#x202f;; un fichier de projet est une archive ZIP et rien d&apos;autre</translation>
    </message>
    <message>
        <source>has {count} entries, more than the {max_entries} allowed</source>
        <translation>contient {count} entrées, plus que les {max_entries} permises</translation>
    </message>
    <message>
        <source>contains an entry that points outside the project (&apos;{name}&apos;)</source>
        <translation>contient une entrée qui pointe hors du projet (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>contains the entry &apos;{name}&apos; twice</source>
        <translation>contient deux fois l&apos;entrée &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>contains a symbolic link (&apos;{name}&apos;); a project file holds only plain entries</source>
        <translation>contient un lien symbolique (&apos;{name}&apos;)&#x202f;; un fichier de projet ne contient que des entrées simples</translation>
    </message>
    <message>
        <source>{name}: is encrypted; Journey Designer files are never encrypted, so it cannot be read</source>
        <translation>{name}&#xa0;: est chiffré&#x202f;; les fichiers Journey Designer ne le sont jamais, il ne peut donc pas être lu</translation>
    </message>
    <message>
        <source>method {number}</source>
        <translation>méthode {number}</translation>
    </message>
    <message>
        <source>{name}: is compressed with {method}; Journey Designer files use only deflate</source>
        <translation>{name}&#xa0;: est compressé avec {method}&#x202f;; les fichiers Journey Designer n&apos;utilisent que deflate</translation>
    </message>
    <message>
        <source>is not a well-formed project file: its &apos;mimetype&apos; entry must come first and be stored uncompressed</source>
        <translation>n&apos;est pas un fichier de projet bien formé&#xa0;: son entrée &apos;mimetype&apos; doit venir en premier et être stockée sans compression</translation>
    </message>
    <message>
        <source>is a ZIP file but not a Journey Designer project (its type is &apos;{mimetype}&apos;)</source>
        <translation>est un fichier ZIP mais pas un projet Journey Designer (son type est &apos;{mimetype}&apos;)</translation>
    </message>
    <message>
        <source>is a ZIP file without {project_json}, so it is not a Journey Designer project</source>
        <translation>est un fichier ZIP sans {project_json}, ce n&apos;est donc pas un projet Journey Designer</translation>
    </message>
    <message numerus="yes">
        <source>This file was saved by a newer version of Journey Designer (format {version}): %n card(s) or lane(s) of kinds this version does not know are shown as plain text, and saving keeps them as they were.</source>
        <translation>
            <numerusform>Ce fichier a été enregistré par une version plus récente de Journey Designer (format {version}) : %n fiche ou ligne d’un type que cette version ne connaît pas est affichée en texte simple, et l’enregistrement la conserve telle quelle.</numerusform>
            <numerusform>Ce fichier a été enregistré par une version plus récente de Journey Designer (format {version}) : %n fiches ou lignes de types que cette version ne connaît pas sont affichées en texte simple, et l’enregistrement les conserve telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) or lane(s) have a kind this version does not know (such as {kind}); they are shown as plain text, and saving keeps them as they were.</source>
        <translation>
            <numerusform>%n fiche ou ligne a un type que cette version ne connaît pas (par exemple {kind}) ; elle est affichée en texte simple, et l’enregistrement la conserve telle quelle.</numerusform>
            <numerusform>%n fiches ou lignes ont un type que cette version ne connaît pas (par exemple {kind}) ; elles sont affichées en texte simple, et l’enregistrement les conserve telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: the image {ref} is missing from the file</source>
        <translation>{where}&#xa0;: l&apos;image {ref} est absente du fichier</translation>
    </message>
    <message>
        <source>unpacks to more than {max_total_bytes} MiB</source>
        <translation>dépasse {max_total_bytes} Mio une fois décompressé</translation>
    </message>
    <message>
        <source>{name}: is too large to keep; saving leaves it out</source>
        <translation>{name} : est trop volumineux pour être conservé ; l’enregistrement l’omet</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason}); saving leaves it out</source>
        <translation>{name} : ne peut pas être lu ({reason}) ; l’enregistrement l’omet</translation>
    </message>
    <message>
        <source>{filename}: is {file_size:,} bytes, more than the {limit:,} allowed</source>
        <translation>{filename}&#xa0;: fait {file_size:,} octets, plus que les {limit:,} permis</translation>
    </message>
    <message>
        <source>{filename}: unpacks to more than the {limit:,} bytes allowed</source>
        <translation>{filename}&#xa0;: dépasse une fois décompressé les {limit:,} octets permis</translation>
    </message>
    <message>
        <source>{project_json}: is not UTF-8 text (byte {start})</source>
        <translation>{project_json}&#xa0;: n&apos;est pas du texte UTF-8 (octet {start})</translation>
    </message>
    <message>
        <source>is a number {count:,} characters long; a number may have at most {limit}</source>
        <translation>est un nombre de {count:,} caractères&#x202f;; un nombre en compte au plus {limit}</translation>
    </message>
    <message>
        <source>is a number too large to store ({token})</source>
        <translation>est un nombre trop grand pour être stocké ({token})</translation>
    </message>
    <message>
        <source>is {token}, which is not a number JSON allows</source>
        <translation>vaut {token}, qui n&apos;est pas un nombre permis en JSON</translation>
    </message>
    <message>
        <source>appears twice in the same object; each name may appear once</source>
        <translation>apparaît deux fois dans le même objet&#x202f;; chaque nom ne peut apparaître qu&apos;une fois</translation>
    </message>
    <message>
        <source>{project_json}: is not valid JSON: {message} at line {lineno}, column {colno}</source>
        <translation>{project_json}&#xa0;: n&apos;est pas du JSON valide&#xa0;: {message} à la ligne {lineno}, colonne {colno}</translation>
    </message>
    <message>
        <source>{where}: holds a lone surrogate (\u escape), which is not a character</source>
        <translation>{where}&#xa0;: contient un demi-code de substitution isolé (échappement \u), qui n&apos;est pas un caractère</translation>
    </message>
    <message>
        <source>{project_json}: must hold an object, not a {kind}</source>
        <translation>{project_json}&#xa0;: doit contenir un objet, pas un {kind}</translation>
    </message>
    <message>
        <source>{project_json}: is nested more than {max_json_depth} levels deep</source>
        <translation>{project_json}&#xa0;: est imbriqué sur plus de {max_json_depth} niveaux</translation>
    </message>
    <message>
        <source>cannot be saved: project.json › {where} would hold {count} items, more than the {limit} a project file may; remove some</source>
        <translation>ne peut pas être enregistré&#xa0;: project.json › {where} contiendrait {count} éléments, plus que les {limit} permis dans un fichier de projet&#xa0;; supprimez-en</translation>
    </message>
    <message>
        <source>cannot be saved: it holds text that is not valid Unicode</source>
        <translation>ne peut pas être enregistré&#xa0;: il contient du texte qui n&apos;est pas de l&apos;Unicode valide</translation>
    </message>
    <message>
        <source>cannot be saved: it holds a number that is not finite (NaN or infinity)</source>
        <translation>ne peut pas être enregistré&#xa0;: il contient un nombre non fini (NaN ou infini)</translation>
    </message>
    <message>
        <source>cannot be saved: it would be {size} MiB, more than the {limit} MiB a project file may be; remove some images</source>
        <translation>ne peut pas être enregistré&#xa0;: il ferait {size} Mio, plus que les {limit} Mio permis pour un fichier de projet&#x202f;; retirez quelques images</translation>
    </message>
    <message>
        <source>cannot be saved: its text is {size} MiB, more than the {limit} MiB a project may hold; split it into several projects or shorten long notes</source>
        <translation>ne peut pas être enregistré&#xa0;: son texte fait {size} Mio, plus que les {limit} Mio permis pour un projet&#x202f;; répartissez-le en plusieurs projets ou raccourcissez les longues notes</translation>
    </message>
    <message>
        <source>cannot be saved: it has {count} images, more than the {limit} a project may hold</source>
        <translation>ne peut pas être enregistré&#xa0;: il contient {count} images, plus que les {limit} permises pour un projet</translation>
    </message>
    <message>
        <source>cannot be saved: an image is larger than the {limit} MiB allowed</source>
        <translation>ne peut pas être enregistré&#xa0;: une image dépasse les {limit} Mio permis</translation>
    </message>
    <message>
        <source>cannot be saved: it would unpack to more than {limit} MiB</source>
        <translation>ne peut pas être enregistré&#xa0;: il dépasserait {limit} Mio une fois décompressé</translation>
    </message>
    <message>
        <source>could not be saved: {reason}</source>
        <translation>n&apos;a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>there is no template {template!r}; choose one of: {choices}</source>
        <translation>aucun modèle ne s&apos;appelle {template!r}&#x202f;; choisissez parmi&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Parcours sans titre</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Carte vierge</translation>
    </message>
    <message>
        <source>Three stages and one lane to start from.</source>
        <translation>Trois étapes et une ligne pour commencer.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>Étape 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>Étape 2</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>Étape 3</translation>
    </message>
    <message>
        <source>Five-stage journey</source>
        <translation>Parcours en cinq étapes</translation>
    </message>
    <message>
        <source>Awareness, Consideration, Decision, Retention, Advocacy with the usual lanes and suggested KPIs.</source>
        <translation>Notoriété, considération, décision, fidélisation, recommandation, avec les lignes habituelles et des KPI suggérés.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Notoriété</translation>
    </message>
    <message>
        <source>The customer discovers the brand. Need: information.</source>
        <translation>Le client découvre la marque. Besoin&#xa0;: s&apos;informer.</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Considération</translation>
    </message>
    <message>
        <source>They compare options: reviews, demos, questions to support.</source>
        <translation>Il compare les offres&#xa0;: avis, démos, questions au support.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>They buy. Need: a seamless process.</source>
        <translation>Il achète. Besoin&#xa0;: un parcours sans accroc.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <source>After the purchase: onboarding, support, loyalty.</source>
        <translation>Après l&apos;achat&#xa0;: prise en main, support, fidélité.</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Satisfied customers recommend the brand.</source>
        <translation>Les clients satisfaits recommandent la marque.</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>Sources de trafic</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Engagement social</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>Temps passé sur le site</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Abandon de panier</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Taux de réachat</translation>
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
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Four-stage journey</source>
        <translation>Parcours en quatre étapes</translation>
    </message>
    <message>
        <source>Awareness, Consideration, Decision, Retention.</source>
        <translation>Notoriété, considération, décision, fidélisation.</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Service blueprint</translation>
    </message>
    <message>
        <source>Customer actions, frontstage, backstage and support processes, step by step.</source>
        <translation>Actions du client, front-office, back-office et processus de support, étape par étape.</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Preuves physiques</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Front-office</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Processus de support</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>{file}, last saved {when}</source>
        <translation>{file}, enregistré pour la dernière fois le {when}</translation>
    </message>
    <message>
        <source>{file} (the file is gone)</source>
        <translation>{file} (le fichier a disparu)</translation>
    </message>
    <message>
        <source>{title} — {where} — unsaved work autosaved {when}</source>
        <translation>{title} – {where} – travail non enregistré sauvegardé automatiquement le {when}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir &apos;%(filename)s&apos;&#xa0;: %(error)s</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} dépasse {limit} Mo.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>L&apos;image</translation>
    </message>
    <message>
        <source>{name} is not an image Journey Designer can read (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>{name} n&apos;est pas une image que Journey Designer sait lire (PNG, JPEG, GIF, WebP ou BMP).</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>When {situation}, I want to {motivation}, so I can {outcome}.</source>
        <translation>Quand {situation}, je veux {motivation}, pour pouvoir {outcome}.</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used more than once</source>
        <translation>l&apos;identifiant &apos;{id}&apos; est utilisé plusieurs fois</translation>
    </message>
    <message>
        <source>refers to {what} &apos;{ref}&apos; that does not exist</source>
        <translation>fait référence à l&apos;élément &apos;{ref}&apos; ({what}), qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>refers to stage &apos;{ref}&apos; that is not in this map</source>
        <translation>fait référence à l&apos;étape &apos;{ref}&apos; absente de cette carte</translation>
    </message>
    <message>
        <source>refers to lane &apos;{ref}&apos; that is not in this map</source>
        <translation>fait référence à la ligne &apos;{ref}&apos; absente de cette carte</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>Job: {job}</source>
        <translation>Job&#xa0;: {job}</translation>
    </message>
    <message>
        <source>Tables and diagrams ({patterns})</source>
        <translation>Tableaux et diagrammes ({patterns})</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être importé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Imported {cards} card(s) from {name}.</source>
        <translation>{cards} fiche(s) importée(s) depuis {name}.</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>How should “{name}” be added?</source>
        <translation>Comment ajouter «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Merge into the current map “{map}” (stages and lanes matched by name)</source>
        <translation>Fusionner dans la carte en cours «&#xa0;{map}&#xa0;» (étapes et lignes appariées par nom)</translation>
    </message>
    <message>
        <source>Add to this project as new map(s)</source>
        <translation>Ajouter à ce projet comme nouvelle(s) carte(s)</translation>
    </message>
    <message>
        <source>Open as a new project</source>
        <translation>Ouvrir comme nouveau projet</translation>
    </message>
    <message>
        <source>What will be added:</source>
        <translation>Ce qui sera ajouté&#xa0;:</translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation>Ce que l&apos;import ajoute</translation>
    </message>
    <message>
        <source>What could not be read as it was ({count}):</source>
        <translation>Ce qui n&apos;a pas pu être lu tel quel ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avertissements d&apos;import</translation>
    </message>
    <message>
        <source>A new, unsaved project:</source>
        <translation>Un nouveau projet, non enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>One step: Edit › Undo takes it all back.</source>
        <translation>Une seule étape&#xa0;: Édition › Annuler revient sur le tout.</translation>
    </message>
    <message>
        <source>untitled {kind}</source>
        <translation>{kind} sans titre</translation>
    </message>
    <message>
        <source>Waits for a decision above: {change}</source>
        <translation>En attente d&apos;une décision ci-dessus&#xa0;: {change}</translation>
    </message>
    <message>
        <source>Conflict: {theirs}</source>
        <translation>Conflit&#xa0;: {theirs}</translation>
    </message>
    <message>
        <source>Conflict: {sentence}</source>
        <translation>Conflit&#xa0;: {sentence}</translation>
    </message>
    <message>
        <source>A: {change}</source>
        <translation>A&#xa0;: {change}</translation>
    </message>
    <message>
        <source>B: {change}</source>
        <translation>B&#xa0;: {change}</translation>
    </message>
    <message>
        <source>no font on this computer draws {chars}: they print as empty boxes; install a font for that script (on Debian and Ubuntu: fonts-noto)</source>
        <translation>aucune police de cet ordinateur ne dessine {chars}&#xa0;: ils s&apos;impriment comme des cases vides&#x202f;; installez une police pour cette écriture (sous Debian et Ubuntu&#xa0;: fonts-noto)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{name} is {size} MB, larger than the {limit} MB an import may be</source>
        <translation>{name} fait {size} Mo, plus que les {limit} Mo permis pour un import</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>{name} ne peut pas être lu&#xa0;: accès refusé</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} starts like UTF-16 text but byte {offset} is not</source>
        <translation>{name} commence comme du texte UTF-16, mais l&apos;octet {offset} n&apos;en est pas</translation>
    </message>
    <message>
        <source>{name} is not UTF-8; it was read as Windows-1252 (Western European): check accented letters, or save it as &quot;CSV UTF-8&quot;</source>
        <translation>{name} n&apos;est pas en UTF-8&#x202f;; il a été lu en Windows-1252 (Europe occidentale)&#xa0;: vérifiez les lettres accentuées, ou enregistrez-le en &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains NUL bytes)</source>
        <translation>{name} n&apos;est pas un fichier texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <source>{where}: the text was cut to {limit} characters</source>
        <translation>{where}&#xa0;: le texte a été coupé à {limit} caractères</translation>
    </message>
    <message>
        <source>Map {number}</source>
        <translation>Carte {number}</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} fiches</translation>
    </message>
    <message>
        <source>No card matches</source>
        <translation>Aucune fiche ne correspond</translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth attention, above 15 is strong.</source>
        <translation>Opportunité = importance + max(importance − satisfaction, 0), chacune notée de 1 à 10&#x202f;; au-dessus de 10, elle mérite attention&#x202f;; au-dessus de 15, elle est forte.</translation>
    </message>
    <message>
        <source>{count} new map(s): {names}</source>
        <translation>{count} nouvelle(s) carte(s)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{count} new stage(s): {names}</source>
        <translation>{count} nouvelle(s) étape(s)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{count} new lane(s): {names}</source>
        <translation>{count} nouvelle(s) ligne(s)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{count} card(s)</source>
        <translation>{count} fiche(s)</translation>
    </message>
    <message>
        <source>{count} new persona(s): {names}</source>
        <translation>{count} nouvelle(s) persona(s)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{count} job(s) to be done</source>
        <translation>{count} job(s) to be done</translation>
    </message>
    <message>
        <source>line {line} cannot be read as CSV: {reason}</source>
        <translation>la ligne {line} ne peut pas être lue en CSV&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>a CSV grid holds one map: only &apos;{name}&apos; was written (choose one card per row, or XLSX, for every map)</source>
        <translation>une grille CSV contient une seule carte&#xa0;: seule &apos;{name}&apos; a été écrite (pour toutes les cartes, choisissez une fiche par ligne, ou XLSX)</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}</source>
        <translation>{name} est endommagé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is an Excel 97–2003 (.xls) or password-protected workbook; save it as .xlsx without a password and import that</source>
        <translation>{name} est un classeur Excel 97–2003 (.xls) ou protégé par mot de passe&#x202f;; enregistrez-le en .xlsx sans mot de passe et importez celui-ci</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): it is not a ZIP container, or it is truncated</source>
        <translation>{name} n&apos;est pas un classeur Excel (.xlsx)&#xa0;: ce n&apos;est pas un conteneur ZIP, ou il est tronqué</translation>
    </message>
    <message>
        <source>{name} has {count} parts, more than the {limit} a workbook may have</source>
        <translation>{name} compte {count} parties, plus que les {limit} permises pour un classeur</translation>
    </message>
    <message>
        <source>{name} unpacks to {size} MB, more than the {limit} MB an import may be</source>
        <translation>{name} fait {size} Mo une fois décompressé, plus que les {limit} Mo permis pour un import</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} is compressed {ratio}×, as only a zip bomb is</source>
        <translation>{name} est refusé&#xa0;: sa partie {part} est compressée {ratio}×, comme seule une bombe ZIP l&apos;est</translation>
    </message>
    <message>
        <source>{name} is a ZIP file but not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation>{name} est un fichier ZIP mais pas un classeur Excel (il n&apos;a pas de xl/workbook.xml)</translation>
    </message>
    <message>
        <source>{name} links to other workbooks; the links were not followed</source>
        <translation>{name} renvoie à d&apos;autres classeurs&#x202f;; ces liens n&apos;ont pas été suivis</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has more than the {limit} rows an import may have</source>
        <translation>la feuille &apos;{sheet}&apos; dépasse les {limit} lignes permises pour un import</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}: the sheet is wider than the {limit} columns an import may have</source>
        <translation>feuille &apos;{sheet}&apos;, {place}&#xa0;: la feuille dépasse les {limit} colonnes permises pour un import</translation>
    </message>
    <message>
        <source>{count} cell(s) hold formulas (the first: sheet &apos;{sheet}&apos;, {place}): their last calculated values were imported, nothing was recalculated</source>
        <translation>{count} cellule(s) contiennent des formules (la première&#xa0;: feuille &apos;{sheet}&apos;, {place})&#xa0;: leurs dernières valeurs calculées ont été importées, rien n&apos;a été recalculé</translation>
    </message>
    <message>
        <source>{count} formula cell(s) had never been calculated and were imported empty; open and save the workbook in a spreadsheet program to fill them</source>
        <translation>{count} cellule(s) à formule n&apos;avaient jamais été calculées et ont été importées vides&#x202f;; ouvrez et enregistrez le classeur dans un tableur pour les remplir</translation>
    </message>
</context>
</TS>
