<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../ui/bulkeditdialog.ui" line="+9"/>
        <source>Edit several variables</source>
        <translation>Modifier plusieurs variables</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Field:</source>
        <translation>&amp;Champ :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;No value (clears the field)</source>
        <translation>&amp;Aucune valeur (efface le champ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the project&apos;s rules say about the variables once changed.</source>
        <translation>Ce que disent les règles du projet sur les variables une fois modifiées.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.ui" line="+9"/>
        <source>Connection</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Timeout:</source>
        <translation>Délai d&apos;a&amp;ttente :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a request may wait for its answer before it counts as failed.</source>
        <translation>Durée pendant laquelle une requête peut attendre sa réponse avant d&apos;être comptée en échec.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Répétitions :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra attempts before a frame goes Bad.</source>
        <translation>Nombre d&apos;essais supplémentaires avant que la trame passe en qualité Mauvaise.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modbus TCP</source>
        <translation>Modbus TCP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An IP address or a host name.</source>
        <translation>Une adresse IP ou un nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TCP port, usually 502.</source>
        <translation>Le port TCP, en général 502.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serial line (Modbus RTU)</source>
        <translation>Liaison série (Modbus RTU)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seria&amp;l port:</source>
        <translation>Port &amp;série :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The serial device: /dev/ttyUSB0, COM3...</source>
        <translation>Le port série : /dev/ttyUSB0, COM3...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Baud rate:</source>
        <translation>&amp;Vitesse :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Bd</source>
        <translation> Bd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;arity:</source>
        <translation>P&amp;arité :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data b&amp;its:</source>
        <translation>B&amp;its de données :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Stop bits:</source>
        <translation>&amp;Bits de stop :</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/credentialsdialog.ui" line="+9"/>
        <source>Broker credentials</source>
        <translation>Identifiants du broker MQTT</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../ui/devicedialog.ui" line="+9"/>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Scan time:</source>
        <translation>Période de &amp;scrutation :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the device is read (at least 100 ms).</source>
        <translation>Intervalle entre deux lectures de l&apos;équipement (100 ms au minimum).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan &amp;type:</source>
        <translation>&amp;Type de scrutation :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Periodic: a cycle starts at a fixed rate. Fixed delay: the scan time is the pause after each cycle ends.</source>
        <translation>Périodique : un cycle démarre à cadence fixe. Délai fixe : la période de scrutation est la pause après la fin de chaque cycle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tation address:</source>
        <translation>&amp;Adresse esclave :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Modbus unit identifier (slave address) of the device.</source>
        <translation>L&apos;identifiant d&apos;unité Modbus (adresse esclave) de l&apos;équipement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Requests in flight:</source>
        <translation>&amp;Requêtes simultanées :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many requests may wait for an answer at once; many PLCs accept only one.</source>
        <translation>Nombre de requêtes pouvant attendre une réponse en même temps ; beaucoup d&apos;automates n&apos;en acceptent qu&apos;une.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepts &amp;Mask Write Register (FC22)</source>
        <translation>Accepte &amp;Mask Write Register (FC22)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bit of a holding register is then written in one request, instead of a read-modify-write.</source>
        <translation>Un bit d&apos;un registre de maintien est alors écrit en une seule requête, au lieu d&apos;une lecture-modification-écriture.</translation>
    </message>
</context>
<context>
    <name>FaceplateDialog</name>
    <message>
        <location filename="../ui/faceplatedialog.ui" line="+9"/>
        <source>Tag</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality:</source>
        <translation>Qualité :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read at:</source>
        <translation>Lue à :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last written:</source>
        <translation>Dernière écriture :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
</context>
<context>
    <name>FrameDialog</name>
    <message>
        <location filename="../ui/framedialog.ui" line="+9"/>
        <source>Frame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Modbus table the frame reads: coils and discrete inputs hold bits, registers 16-bit words.</source>
        <translation>La table Modbus lue par la trame : les bobines et les entrées TOR contiennent des bits, les registres des mots de 16 bits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start address:</source>
        <translation>&amp;Adresse de départ :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first address read, 0-65535.</source>
        <translation>La première adresse lue, 0-65535.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many addresses one request reads: at most 125 registers or 2000 bits.</source>
        <translation>Nombre d&apos;adresses lues par une requête : 125 registres ou 2000 bits au maximum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Readable</source>
        <translation>En &amp;lecture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Writable</source>
        <translation>En éc&amp;riture</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan time &amp;factor:</source>
        <translation>&amp;Facteur de période :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The frame is read every scan time of its device times this factor.</source>
        <translation>La trame est lue à la période de scrutation de son équipement multipliée par ce facteur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Minutes offset:</source>
        <translation>Décalage en &amp;minutes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligns the reads on the wall clock: with a period of 60 min, an offset of 0 reads on the hour.</source>
        <translation>Aligne les lectures sur l&apos;heure réelle : avec une période de 60 min, un décalage de 0 lit à chaque heure pile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dela&amp;y after the frame:</source>
        <translation>Délai a&amp;près la trame :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait after this frame before the next request.</source>
        <translation>Temps d&apos;attente après cette trame avant la requête suivante.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.ui" line="+9"/>
        <source>Import tags</source>
        <translation>Importer des variables</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connection for rows naming none:</source>
        <translation>&amp;Liaison des lignes qui n&apos;en indiquent pas :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An existing connection, or the name of a new one (created as Modbus TCP).</source>
        <translation>Une liaison existante, ou le nom d&apos;une nouvelle liaison (créée en Modbus TCP).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Device for rows naming none:</source>
        <translation>É&amp;quipement des lignes qui n&apos;en indiquent pas :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Unused addresses a planned frame may read across:</source>
        <translation>&amp;Adresses inutilisées qu&apos;une trame planifiée peut englober :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a field to read the column as another field, or as nothing. The choice is remembered for sheets with the same headers.</source>
        <translation>Double-cliquez sur un champ pour lire la colonne comme un autre champ, ou pour l&apos;ignorer. Le choix est mémorisé pour les feuilles ayant les mêmes en-têtes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Planned frames</source>
        <translation>Trames planifiées</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+9"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The language applies at the next start of Vigie.</source>
        <translation>La langue s&apos;applique au prochain démarrage de Vigie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Numbers</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Number format:</source>
        <translation>Format des &amp;nombres :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How values are shown in the tag table and typed in the dialogs. Applies at once.</source>
        <translation>Format d&apos;affichage des valeurs dans la table des variables et de saisie dans les boîtes de dialogue. S&apos;applique immédiatement.</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../ui/replandialog.ui" line="+9"/>
        <source>Re-plan frames</source>
        <translation>Replanifier les trames</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Largest &amp;gap:</source>
        <translation>Écart ma&amp;ximal :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unused addresses a frame may read across to save a request.</source>
        <translation>Adresses inutilisées qu&apos;une trame peut englober pour économiser une requête.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registers per &amp;request:</source>
        <translation>&amp;Registres par requête :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most registers one request reads (125 for Modbus; some PLCs want fewer).</source>
        <translation>Nombre maximal de registres lus par une requête (125 en Modbus ; certains automates en acceptent moins).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bits per request:</source>
        <translation>&amp;Bits par requête :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most coils or discrete inputs one request reads (2000 for Modbus).</source>
        <translation>Nombre maximal de bobines ou d&apos;entrées TOR lues par une requête (2000 en Modbus).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Frames now</source>
        <translation>Trames actuelles</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Frames re-planned</source>
        <translation>Trames replanifiées</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Variables left out</source>
        <translation>Variables écartées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remove the variables left out from the device</source>
        <translation>&amp;Supprimer de l&apos;équipement les variables écartées</translation>
    </message>
</context>
<context>
    <name>VariableDialog</name>
    <message>
        <location filename="../ui/variabledialog.ui" line="+9"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unique in the project; may hold spaces, accents and &quot;/&quot;.</source>
        <translation>Unique dans le projet ; peut contenir des espaces, des accents et &quot;/&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engineering unit: °C, bar, m³/h...</source>
        <translation>L&apos;unité physique : °C, bar, m³/h...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data t&amp;ype:</source>
        <translation>T&amp;ype de données :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offse&amp;t:</source>
        <translation>Déc&amp;alage :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the value starts in its frame: registers for a register frame, bits for a bit frame.</source>
        <translation>Position du début de la valeur dans sa trame : en registres pour une trame de registres, en bits pour une trame de bits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bit:</source>
        <translation>&amp;Bit :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Bool taken from one bit (0-15) of a register.</source>
        <translation>Un Bool tiré d&apos;un bit (0-15) d&apos;un registre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Length:</source>
        <translation>&amp;Longueur :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A String&apos;s length in characters, two per register.</source>
        <translation>La longueur d&apos;un String en caractères, deux par registre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Byte o&amp;rder:</source>
        <translation>O&amp;rdre des octets :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the bytes and words of the value are ordered: ABCD is Modbus&apos;s big-endian.</source>
        <translation>Ordre des octets et des mots de la valeur : ABCD est le big-endian de Modbus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engineering value</source>
        <translation>Valeur physique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scale:</source>
        <translation>Éc&amp;helle :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value = raw × scale + offset.</source>
        <translation>Valeur = brute × échelle + décalage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale o&amp;ffset:</source>
        <translation>Décalage d&apos;é&amp;chelle :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The least an operator may write; read values below it are Uncertain.</source>
        <translation>La plus petite valeur qu&apos;un opérateur peut écrire ; les valeurs lues en dessous sont de qualité Incertaine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most an operator may write; read values above it are Uncertain.</source>
        <translation>La plus grande valeur qu&apos;un opérateur peut écrire ; les valeurs lues au-dessus sont de qualité Incertaine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De&amp;adband:</source>
        <translation>Bande m&amp;orte :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change smaller than this is not reported.</source>
        <translation>Une variation inférieure à cette valeur n&apos;est pas signalée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De&amp;cimals:</source>
        <translation>Déci&amp;males :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many decimals an operator sees (0-10); unchecked: as read.</source>
        <translation>Nombre de décimales affichées à l&apos;opérateur (0-10) ; décoché : telle que lue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On t&amp;ext:</source>
        <translation>Texte si &amp;vrai :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What a Bool reads when true (&quot;Running&quot;); empty: true.</source>
        <translation>Texte affiché par un Bool à l&apos;état vrai (&quot;En marche&quot;) ; vide : true.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Off text:</source>
        <translation>Texte &amp;si faux :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What a Bool reads when false (&quot;Stopped&quot;); empty: false.</source>
        <translation>Texte affiché par un Bool à l&apos;état faux (&quot;Arrêté&quot;) ; vide : false.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Writable</source>
        <translation>&amp;En écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An operator may write it.</source>
        <translation>Un opérateur peut l&apos;écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Published</source>
        <translation>&amp;Publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded to MQTT.</source>
        <translation>Transmise à MQTT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;mote write</source>
        <translation>Écriture à dis&amp;tance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command from the cloud may write it; it must be writable and published.</source>
        <translation>Une commande du cloud peut l&apos;écrire ; elle doit être en écriture et publiée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Simulated si&amp;gnal</source>
        <translation>Si&amp;gnal simulé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wa&amp;veform:</source>
        <translation>&amp;Forme d&apos;onde :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amplitude:</source>
        <translation>Amplitude :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offset:</source>
        <translation>Décalage :</translation>
    </message>
</context>
<context>
    <name>Vigie::AcquisitionEngine</name>
    <message>
        <location filename="../src/core/acquisition/acquisitionengine.cpp" line="+52"/>
        <source>acquisition stopped</source>
        <translation>acquisition arrêtée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no %1 transport in this version of Vigie</source>
        <translation>pas de transport %1 dans cette version de Vigie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>write-only frame: not read</source>
        <translation>trame en écriture seule : non lue</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>cannot decode: %1</source>
        <translation>décodage impossible : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a finite number after scaling</source>
        <translation>pas un nombre fini après mise à l&apos;échelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>above max %1</source>
        <translation>au-dessus du max %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below min %1</source>
        <translation>en dessous du min %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>acquisition stopped before it was sent</source>
        <translation>acquisition arrêtée avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no transport for %1</source>
        <translation>aucun transport pour %1</translation>
    </message>
</context>
<context>
    <name>Vigie::BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../src/app/editor/bulkeditdialog.cpp" line="+57"/>
        <source>Sets one field to the same value on the %n selected variable(s).</source>
        <translation>
            <numerusform>Donne à un champ la même valeur sur %n variable sélectionnée.</numerusform>
            <numerusform>Donne à un champ la même valeur sur les %n variables sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale offset</source>
        <translation>Décalage d&apos;échelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadband</source>
        <translation>Bande morte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimals</source>
        <translation>Décimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byte order</source>
        <translation>Ordre des octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data type</source>
        <translation>Type de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writable</source>
        <translation>En écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote write</source>
        <translation>Écriture à distance</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>None of the %n variable(s) will change.</source>
        <translation>
            <numerusform>%n variable : aucune modification.</numerusform>
            <numerusform>%n variables : aucune ne sera modifiée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n variable(s) will change.</source>
        <translation>
            <numerusform>Variables modifiées : %1 sur %n.</numerusform>
            <numerusform>Variables modifiées : %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change also affects %1: %2</source>
        <translation>Cette modification concerne aussi %1 : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::CellValues</name>
    <message>
        <location filename="../src/core/exchange/cellvalues.cpp" line="+58"/>
        <source>%1 is not a %2 (expected one of %3)</source>
        <translation>%1 n&apos;est pas reconnu comme %2 (valeurs attendues : %3)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1 est hors de la plage %2–%3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not yes or no (yes/no, oui/non, sí/no, true/false, 1/0, R/RW)</source>
        <translation>%1 n&apos;est ni oui ni non (yes/no, oui/non, sí/no, true/false, 1/0, R/RW)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>data type</source>
        <translation>type de données</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Modbus table</source>
        <translation>table Modbus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>byte order</source>
        <translation>ordre des octets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parity</source>
        <translation>parité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>scan type</source>
        <translation>type de scrutation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waveform</source>
        <translation>forme d&apos;onde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>screen attribute</source>
        <translation>attribut de synoptique</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>screen action</source>
        <translation>action de synoptique</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not a Modbus address (a number such as 100 with a Table column, or 40101-style, optionally with .bit)</source>
        <translation>%1 n&apos;est pas une adresse Modbus (un nombre comme 100 avec une colonne Table, ou la forme 40101, éventuellement avec .bit)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bit %1 in %2 is outside 0–15: a register has 16 bits</source>
        <translation>le bit %1 de %2 est hors de la plage 0–15 : un registre a 16 bits</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the number after %2x is 1-based, 1–65536</source>
        <translation>%1 : le nombre après %2x commence à 1, 1–65536</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>address %1 is outside 0–65535</source>
        <translation>l&apos;adresse %1 est hors de la plage 0–65535</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>address %1 does not say its table: add a Table column (Holding, Input, Coil, Discrete or 4x, 3x, 0x, 1x), or write it 40001-style</source>
        <translation>l&apos;adresse %1 n&apos;indique pas sa table : ajoutez une colonne Table (Holding, Input, Coil, Discrete ou 4x, 3x, 0x, 1x), ou écrivez-la sous la forme 40001</translation>
    </message>
</context>
<context>
    <name>Vigie::ColumnMappingModel</name>
    <message>
        <location filename="../src/app/editor/importissuemodel.cpp" line="+103"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
</context>
<context>
    <name>Vigie::ConnectionDialog</name>
    <message>
        <location filename="../src/app/editor/connectiondialog.cpp" line="+15"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modbus TCP</source>
        <translation>Modbus TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modbus RTU</source>
        <translation>Modbus RTU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even</source>
        <translation>Paire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd</source>
        <translation>Impaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TCP host</source>
        <translation>Hôte TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port</source>
        <translation>Port TCP</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New connection</source>
        <translation>Nouvelle liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &quot;%1&quot;</source>
        <translation>Liaison &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::CredentialsDialog</name>
    <message>
        <location filename="../src/app/mqtt/credentialsdialog.cpp" line="+16"/>
        <source>The broker %1 needs a user name and password, kept in this computer&apos;s keychain under &quot;%2&quot; (the project file holds only that name).
%3</source>
        <translation>Le broker MQTT %1 demande un nom d&apos;utilisateur et un mot de passe, conservés dans le trousseau de cet ordinateur sous &quot;%2&quot; (le fichier projet ne contient que ce nom).
%3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password: is empty; the broker needs one.</source>
        <translation>Le mot de passe est vide ; le broker en exige un.</translation>
    </message>
</context>
<context>
    <name>Vigie::CsvFile</name>
    <message>
        <location filename="../src/core/spreadsheet/csvfile.cpp" line="+63"/>
        <source>the file is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;); save it as &quot;CSV UTF-8&quot; or &quot;CSV&quot; instead</source>
        <translation>le fichier est du texte UTF-16 (&quot;Texte Unicode&quot; d&apos;Excel) ; enregistrez-le plutôt en &quot;CSV UTF-8&quot; ou &quot;CSV&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a NUL byte: this is a binary file, not CSV text</source>
        <translation>un octet NUL : c&apos;est un fichier binaire, pas du texte CSV</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1 : impossible d&apos;ouvrir le fichier : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1 : impossible d&apos;écrire le fichier : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::DeviceDialog</name>
    <message>
        <location filename="../src/app/editor/devicedialog.cpp" line="+16"/>
        <source>Periodic</source>
        <translation>Périodique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed delay</source>
        <translation>Délai fixe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mask Write</source>
        <translation>Mask Write</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New device</source>
        <translation>Nouvel équipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device &quot;%1&quot;</source>
        <translation>Équipement &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::DiagnosticsDock</name>
    <message>
        <location filename="../src/app/diagnosticsdock.cpp" line="+20"/>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Select a device to see its last requests and replies.</source>
        <translation>Sélectionnez un équipement pour voir ses dernières requêtes et réponses.</translation>
    </message>
</context>
<context>
    <name>Vigie::DiagnosticsModel</name>
    <message>
        <location filename="../src/app/diagnosticsmodel.cpp" line="+192"/>
        <source>Up</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing off</source>
        <translation>Attente avant nouvel essai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1 link, %n reconnection(s) since start</source>
        <translation>
            <numerusform>Liaison %1, %n reconnexion depuis le démarrage</numerusform>
            <numerusform>Liaison %1, %n reconnexions depuis le démarrage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Requests put on the wire since start (a retry counts again)</source>
        <translation>Requêtes émises depuis le démarrage (une répétition compte à nouveau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests answered with data</source>
        <translation>Requêtes ayant reçu une réponse avec données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests with no answer in time</source>
        <translation>Requêtes sans réponse dans le délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol exceptions answered by the device</source>
        <translation>Exceptions de protocole renvoyées par l&apos;équipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad replies, link down, refused requests</source>
        <translation>Réponses invalides, liaison coupée, requêtes refusées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll cycles lost because the previous one overran</source>
        <translation>Cycles de scrutation perdus car le précédent a débordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean round trip since start, in milliseconds</source>
        <translation>Temps aller-retour moyen depuis le démarrage, en millisecondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>99th percentile of the round trip over the last %1 replies, in milliseconds</source>
        <translation>99e centile du temps aller-retour sur les %1 dernières réponses, en millisecondes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeouts</source>
        <translation>Délais dépassés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other errors</source>
        <translation>Autres erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped cycles</source>
        <translation>Cycles sautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean RTT (ms)</source>
        <translation>RTT moyen (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99 RTT (ms)</source>
        <translation>RTT p99 (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error at</source>
        <translation>Date de la dernière erreur</translation>
    </message>
</context>
<context>
    <name>Vigie::DocumentTreeModel</name>
    <message>
        <location filename="../src/editor/documenttreemodel.cpp" line="+177"/>
        <source>Modbus TCP %1:%2</source>
        <translation>Modbus TCP %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modbus RTU %1 %2 baud</source>
        <translation>Modbus RTU %1 %2 bauds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ms, %2, station %3</source>
        <translation>%1 ms, %2, esclave %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, every %1 scans</source>
        <translation>, toutes les %1 scrutations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, write-only</source>
        <translation>, écriture seule</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> @ %1</source>
        <translation> @ %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Vigie::EditActions</name>
    <message>
        <location filename="../src/app/editactions.cpp" line="+32"/>
        <source>Add &amp;Connection</source>
        <translation>Ajouter une &amp;liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Device</source>
        <translation>Ajouter un é&amp;quipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Frame</source>
        <translation>Ajouter une &amp;trame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Variable</source>
        <translation>Ajouter une &amp;variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-plan &amp;Frames…</source>
        <translation>R&amp;eplanifier les trames…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Selected &amp;Variables…</source>
        <translation>Modifier les variables sélectio&amp;nnées…</translation>
    </message>
</context>
<context>
    <name>Vigie::Editor</name>
    <message>
        <location filename="../src/editor/autosavefile.cpp" line="+30"/>
        <source>cannot write the autosave %1: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde automatique %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/editor/changenodefields.cpp" line="+46"/>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../src/editor/changeprojectfields.cpp" line="+21"/>
        <source>Change the project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <location filename="../src/editor/insertnode.cpp" line="+22"/>
        <location filename="../src/editor/projecteditor.cpp" line="+121"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../src/editor/movenode.cpp" line="+30"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <location filename="../src/editor/nodedefaults.cpp" line="+32"/>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Frame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is no place for a new %2</source>
        <translation>impossible d&apos;ajouter un élément de type %2 dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection</source>
        <translation>liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>équipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>trame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the frame &quot;%1&quot; is full: a request reads at most %2 addresses</source>
        <translation>la trame &quot;%1&quot; est pleine : une requête lit au plus %2 adresses</translation>
    </message>
    <message>
        <location filename="../src/editor/nodenames.cpp" line="+78"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <location filename="../src/editor/projecteditor.cpp" line="-64"/>
        <source>nothing is selected</source>
        <translation>rien n&apos;est sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+356"/>
        <location line="+16"/>
        <source>%1 names no node</source>
        <translation>%1 ne désigne aucun nœud</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1: the name is empty</source>
        <translation>%1 : le nom est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the name &quot;%2&quot; is already taken</source>
        <translation>%1 : le nom &quot;%2&quot; est déjà pris</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Duplicate %n node(s)</source>
        <translation>
            <numerusform>Dupliquer %n nœud</numerusform>
            <numerusform>Dupliquer %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is already the first</source>
        <translation>%1 est déjà en première position</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already the last</source>
        <translation>%1 est déjà en dernière position</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+114"/>
        <location line="+28"/>
        <location line="+15"/>
        <source>%1 is not a variable</source>
        <translation>%1 n&apos;est pas une variable</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>%1 is not a frame</source>
        <translation>%1 n&apos;est pas une trame</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no row %2</source>
        <translation>%1 n&apos;a pas de ligne %2</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Move %n variable(s) to %1</source>
        <translation>
            <numerusform>Déplacer %n variable vers %1</numerusform>
            <numerusform>Déplacer %n variables vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Change %1 of %n variable(s)</source>
        <translation>
            <numerusform>Modifier %1 de %n variable</numerusform>
            <numerusform>Modifier %1 de %n variables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: a formula cannot name &quot;%2&quot; (a name holding &apos;]&apos;, or starting or ending with a space)</source>
        <translation>%1 : une formule ne peut pas désigner &quot;%2&quot; (nom contenant &apos;]&apos;, ou commençant ou finissant par une espace)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rename %1 to %2 and %n usage(s)</source>
        <translation>
            <numerusform>Renommer %1 en %2 et %n utilisation</numerusform>
            <numerusform>Renommer %1 en %2 et %n utilisations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 is not a device</source>
        <translation>%1 n&apos;est pas un équipement</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>re-planning %1 would leave out %n variable(s), the first &quot;%2&quot;: %3</source>
        <translation>
            <numerusform>replanifier %1 écarterait %n variable, &quot;%2&quot; : %3</numerusform>
            <numerusform>replanifier %1 écarterait %n variables, la première étant &quot;%2&quot; : %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-plan the frames of %1</source>
        <translation>Replanifier les trames de %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>insertion %1 at %2: %3</source>
        <translation>insertion %1 en %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/editor/removenode.cpp" line="+29"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation type="vanished">%1 : &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="vanished">n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation type="vanished">est négatif</translation>
    </message>
    <message>
        <source>is not a whole number from 0 to %1</source>
        <translation type="vanished">n&apos;est pas un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <source>is neither true nor false</source>
        <translation type="vanished">n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>is not one of %1</source>
        <translation type="vanished">n&apos;est pas l&apos;une des valeurs %1</translation>
    </message>
</context>
<context>
    <name>Vigie::ExchangeCommands</name>
    <message>
        <location filename="../src/runtime/exchangecommands.cpp" line="+48"/>
        <source>vigie-runtime: %1 has errors: fix them first (--check lists them); nothing was imported</source>
        <translation>vigie-runtime : %1 contient des erreurs : corrigez-les d&apos;abord (--check les liste) ; rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>sheet &quot;%1&quot; (%2): header on row %3, %n row(s)</source>
        <translation>
            <numerusform>feuille &quot;%1&quot; (%2) : en-tête à la ligne %3, %n ligne</numerusform>
            <numerusform>feuille &quot;%1&quot; (%2) : en-tête à la ligne %3, %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (--map)</source>
        <translation> (--map)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+34"/>
        <location line="+32"/>
        <source>vigie-runtime: %1</source>
        <translation>vigie-runtime : %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>vigie-runtime: nothing was imported</source>
        <translation>vigie-runtime : rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>vigie-runtime: %n error(s) in %1: %2 is not changed</source>
        <translation>
            <numerusform>vigie-runtime : %n erreur dans %1 : %2 n&apos;est pas modifié</numerusform>
            <numerusform>vigie-runtime : %n erreurs dans %1 : %2 n&apos;est pas modifié</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds nothing new: %2 is not changed</source>
        <translation>%1 ne contient rien de nouveau : %2 n&apos;est pas modifié</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>created %1 with:</source>
        <translation>%1 créé avec :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to %1:</source>
        <translation>ajouté à %1 :</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="vanished">
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation type="vanished">
            <numerusform>%n équipement</numerusform>
            <numerusform>%n équipements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 planned</source>
        <translation type="vanished">
            <numerusform>%n trame, dont %1 planifiée(s)</numerusform>
            <numerusform>%n trames, dont %1 planifiée(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation type="vanished">
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calculated variable(s)</source>
        <translation type="vanished">
            <numerusform>%n variable calculée</numerusform>
            <numerusform>%n variables calculées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s)</source>
        <translation type="vanished">
            <numerusform>%n synoptique</numerusform>
            <numerusform>%n synoptiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screen binding(s)</source>
        <translation type="vanished">
            <numerusform>%n animation de synoptique</numerusform>
            <numerusform>%n animations de synoptique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screen action(s)</source>
        <translation type="vanished">
            <numerusform>%n action de synoptique</numerusform>
            <numerusform>%n actions de synoptique</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>planned frames:</source>
        <translation>trames planifiées :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vigie-runtime: %1 has errors: nothing was exported</source>
        <translation>vigie-runtime : %1 contient des erreurs : rien n&apos;a été exporté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
</context>
<context>
    <name>Vigie::ExchangeFiles</name>
    <message>
        <location filename="../src/core/exchange/exchangefiles.cpp" line="+36"/>
        <source>%1: the old Excel format (.xls) is not read: save the sheet as .xlsx or CSV</source>
        <translation>%1 : l&apos;ancien format Excel (.xls) n&apos;est pas lu : enregistrez la feuille en .xlsx ou en CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a spreadsheet Vigie reads (.xlsx or .csv)</source>
        <translation>%1 : ce n&apos;est pas une feuille de calcul que Vigie sait lire (.xlsx ou .csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: Vigie exports to .xlsx (every part of the project) or .csv (the tree)</source>
        <translation>%1 : Vigie exporte en .xlsx (toutes les parties du projet) ou en .csv (l&apos;arborescence)</translation>
    </message>
</context>
<context>
    <name>Vigie::FaceplateDialog</name>
    <message>
        <location filename="../src/app/screens/faceplatedialog.cpp" line="+17"/>
        <source>read from its device</source>
        <translation>lue sur son équipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculated from other tags</source>
        <translation>calculée à partir d&apos;autres variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the state of a link or device</source>
        <translation>l&apos;état d&apos;une liaison ou d&apos;un équipement</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min %1, max %2</source>
        <translation>min %1, max %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write…</source>
        <translation>É&amp;crire…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>Vigie::Formula</name>
    <message>
        <location filename="../src/core/formula/formulacompiler.cpp" line="+125"/>
        <source>unexpected %1 after the end of the formula</source>
        <translation>%1 inattendu après la fin de la formule</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>end of formula</source>
        <translation>fin de formule</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>malformed number</source>
        <translation>nombre mal formé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unterminated text: missing closing &quot;</source>
        <translation>texte non terminé : &quot; fermant manquant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>missing ] after a name</source>
        <translation>] manquant après un nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty name []</source>
        <translation>nom vide []</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a member after &apos;.&apos;</source>
        <translation>membre attendu après &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère &apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the formula is nested too deeply</source>
        <translation>la formule est trop imbriquée</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>expected &apos;)&apos;</source>
        <translation>&apos;)&apos; attendu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected a value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown member .%1 (value, quality, timestamp, good)</source>
        <translation>membre .%1 inconnu (value, quality, timestamp, good)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown name %1</source>
        <translation>nom inconnu %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>expected &apos;,&apos; or &apos;)&apos;</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown function %1</source>
        <translation>fonction inconnue %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes %2 argument(s), not %3</source>
        <translation>%1 prend %2 argument(s), pas %3</translation>
    </message>
    <message>
        <location filename="../src/core/formula/formulacheck.cpp" line="+78"/>
        <location filename="../src/core/formula/formulaerror.cpp" line="+20"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/core/formula/calculationengine.cpp" line="+29"/>
        <source>the formula is wrong: %1</source>
        <translation>la formule est erronée : %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>calculations stopped</source>
        <translation>calculs arrêtés</translation>
    </message>
    <message>
        <location filename="../src/core/formula/formulaprogram.cpp" line="+34"/>
        <source>expected a number, got the text &quot;%1&quot;</source>
        <translation>nombre attendu, texte &quot;%1&quot; reçu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected TRUE or FALSE, got the text &quot;%1&quot;</source>
        <translation>TRUE ou FALSE attendu, texte &quot;%1&quot; reçu</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>MOD by zero</source>
        <translation>MOD par zéro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BIT: bit number %1 is not between 0 and 63</source>
        <translation>BIT : le numéro de bit %1 n&apos;est pas compris entre 0 et 63</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BIT: %1 does not fit in 64 bits</source>
        <translation>BIT : %1 ne tient pas sur 64 bits</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CHOOSE: index %1 is not between 1 and %2</source>
        <translation>CHOOSE : l&apos;indice %1 n&apos;est pas compris entre 1 et %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BLINK: the period must be at least 1 ms</source>
        <translation>BLINK : la période doit être d&apos;au moins 1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>internal error: unknown function</source>
        <translation>erreur interne : fonction inconnue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the formula did not compile</source>
        <translation>la formule n&apos;a pas pu être compilée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>input [%1] is %2</source>
        <translation>l&apos;entrée [%1] est de qualité %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>input [%1] is Uncertain</source>
        <translation>l&apos;entrée [%1] est de qualité Incertaine</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+7"/>
        <source>division by zero</source>
        <translation>division par zéro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ^ %2 is not a number</source>
        <translation>%1 ^ %2 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the result is not a finite number</source>
        <translation>le résultat n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../src/core/formula/formulaset.cpp" line="+33"/>
        <source>formula %1 writes a slot that %2 already writes</source>
        <translation>la formule %1 écrit un emplacement que %2 écrit déjà</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cycle between formulas: %1</source>
        <translation>cycle entre formules : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not read yet</source>
        <translation>pas encore lue</translation>
    </message>
    <message>
        <location filename="../src/core/formula/calculatedvalue.cpp" line="+47"/>
        <source>the result is the text &quot;%1&quot;, not a number for a %2</source>
        <translation>le résultat est le texte &quot;%1&quot;, pas un nombre pour un %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the result is the text &quot;%1&quot;, not TRUE or FALSE for a Bool</source>
        <translation>le résultat est le texte &quot;%1&quot;, pas TRUE ou FALSE pour un Bool</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the result %1 does not fit a Float32 (beyond ±3.4e38)</source>
        <translation>le résultat %1 ne tient pas dans un Float32 (au-delà de ±3.4e38)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the result %1 does not fit a %2 (%3)</source>
        <translation>le résultat %1 ne tient pas dans un %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/formula/formulacheck.cpp" line="-36"/>
        <source>&quot;%1&quot; names no attribute: write eg.&lt;element&gt;.&lt;attribute&gt;</source>
        <translation>&quot;%1&quot; ne désigne aucun attribut : écrivez eg.&lt;élément&gt;.&lt;attribut&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cycle: %1</source>
        <translation>cycle : %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 of &quot;%2&quot;</source>
        <translation>%1 de &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/formula/tagcatalogresolver.cpp" line="+44"/>
        <source>unknown tag &quot;%1&quot;</source>
        <translation>variable inconnue &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::FrameDialog</name>
    <message>
        <location filename="../src/app/editor/framedialog.cpp" line="+75"/>
        <source>New frame</source>
        <translation>Nouvelle trame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame &quot;%1&quot;</source>
        <translation>Trame &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::FramePlanner</name>
    <message>
        <location filename="../src/core/document/frameplanner.cpp" line="+28"/>
        <source>address %1 is outside 0–%2</source>
        <translation>l&apos;adresse %1 est hors de la plage 0–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1 cannot live in the %2 table, which holds single bits: use Bool, or a register table</source>
        <translation>un %1 ne peut pas se trouver dans la table %2, qui contient des bits isolés : utilisez Bool, ou une table de registres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a bit number is only for a Bool in a register table; the %1 table already addresses single bits</source>
        <translation>un numéro de bit ne sert qu&apos;à un Bool dans une table de registres ; la table %1 adresse déjà des bits isolés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a bit number is only for a Bool, not a %1</source>
        <translation>un numéro de bit ne sert qu&apos;à un Bool, pas à un %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bit %1 is outside 0–15: a register has 16 bits</source>
        <translation>le bit %1 est hors de la plage 0–15 : un registre a 16 bits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a String needs its length, 1–%1 characters (it is %2)</source>
        <translation>un String doit avoir sa longueur, 1–%1 caractères (elle vaut %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a length is only for a String, not a %1</source>
        <translation>une longueur ne sert qu&apos;à un String, pas à un %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a %1 at address %2 takes %3 registers and runs past the last address, %4</source>
        <translation>un %1 à l&apos;adresse %2 occupe %3 registres et dépasse la dernière adresse, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is writable, but the %1 table cannot be written by Modbus</source>
        <translation>est en écriture, mais la table %1 ne peut pas être écrite par Modbus</translation>
    </message>
</context>
<context>
    <name>Vigie::ImportDialog</name>
    <message>
        <location filename="../src/app/editor/importdialog.cpp" line="+63"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file cannot be imported: %1</source>
        <translation>Le fichier ne peut pas être importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation type="vanished">
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) (%1 planned)</source>
        <translation type="vanished">
            <numerusform>%n trame (dont %1 planifiée(s))</numerusform>
            <numerusform>%n trames (dont %1 planifiée(s))</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation type="vanished">
            <numerusform>%n équipement</numerusform>
            <numerusform>%n équipements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="vanished">
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calculated variable(s)</source>
        <translation type="vanished">
            <numerusform>%n variable calculée</numerusform>
            <numerusform>%n variables calculées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s)</source>
        <translation type="vanished">
            <numerusform>%n synoptique</numerusform>
            <numerusform>%n synoptiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screen binding(s)</source>
        <translation type="vanished">
            <numerusform>%n animation de synoptique</numerusform>
            <numerusform>%n animations de synoptique</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Nothing new to import.</source>
        <translation>Rien de nouveau à importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be added: %1.</source>
        <translation>À ajouter : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s): nothing can be imported until the file is fixed (see Problems).</source>
        <translation>
            <numerusform>%n erreur : rien ne peut être importé tant que le fichier n&apos;est pas corrigé (voir Problèmes).</numerusform>
            <numerusform>%n erreurs : rien ne peut être importé tant que le fichier n&apos;est pas corrigé (voir Problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
</context>
<context>
    <name>Vigie::ImportIssueModel</name>
    <message>
        <location filename="../src/app/editor/importissuemodel.cpp" line="-88"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Vigie::IssueCountLabel</name>
    <message>
        <location filename="../src/app/editor/issuecountlabel.cpp" line="+20"/>
        <source>Show the Issues panel</source>
        <translation>Afficher le panneau Problèmes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No issues</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Vigie::IssuesDock</name>
    <message>
        <location filename="../src/app/editor/issuesdock.cpp" line="+20"/>
        <source>Issues</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All issues</source>
        <translation>Tous les problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by place or message</source>
        <translation>Filtrer par emplacement ou message</translation>
    </message>
</context>
<context>
    <name>Vigie::IssuesModel</name>
    <message>
        <location filename="../src/app/editor/issuesmodel.cpp" line="+82"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Vigie::LinkQueue</name>
    <message>
        <location filename="../src/core/acquisition/linkqueue.cpp" line="+176"/>
        <source>%1 (station %2)</source>
        <translation>%1 (esclave %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no device %1 on this link</source>
        <translation>pas d&apos;équipement %1 sur cette liaison</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not open</source>
        <translation>non ouverte</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 before it was sent</source>
        <translation>%1 avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 during a read-modify-write</source>
        <translation>%1 pendant une lecture-modification-écriture</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>no reply from %1 in %2 ms</source>
        <translation>pas de réponse de %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reply from %1 after %2 tries of %3 ms</source>
        <translation>pas de réponse de %1 après %2 essais de %3 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not answering (next try within %2 s): %3</source>
        <translation>%1 ne répond pas (nouvel essai d&apos;ici %2 s) : %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>disconnected: %1 (next try within %2 s)</source>
        <translation>déconnecté : %1 (nouvel essai d&apos;ici %2 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+387"/>
        <source>disconnected: %1</source>
        <translation>déconnecté : %1</translation>
    </message>
    <message>
        <location line="-332"/>
        <location line="+8"/>
        <source>%1 before the device answered</source>
        <translation>%1 avant la réponse de l&apos;équipement</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>reading the register to change bit %1 returned nothing</source>
        <translation>la lecture du registre pour modifier le bit %1 n&apos;a rien renvoyé</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>no connection after %1 ms</source>
        <translation>pas de connexion après %1 ms</translation>
    </message>
</context>
<context>
    <name>Vigie::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="+92"/>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Filter tags by name or description…</source>
        <translation>Filtrer les variables par nom ou description…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Screens</source>
        <translation>&amp;Synoptiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a project to start (File &gt; Open).</source>
        <translation>Ouvrez un projet pour commencer (Fichier &gt; Ouvrir).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Modbus gateway not serving: %1</source>
        <translation>Passerelle Modbus hors service : %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>Éd&amp;ition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the edited project on the station (F5)</source>
        <translation>Appliquer le projet modifié au poste (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;à l&apos;ouverture&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+128"/>
        <location line="+163"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vigie projects (*.vigie.json);;All files (*)</source>
        <translation>Projets Vigie (*.vigie.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still opening %1; try again when it is open.</source>
        <translation>Ouverture de %1 en cours ; réessayez quand il sera ouvert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 has %n error(s); nothing was started.</source>
        <translation>
            <numerusform>%1 contient %n erreur ; rien n&apos;a été démarré.</numerusform>
            <numerusform>%1 contient %n erreurs ; rien n&apos;a été démarré.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Problems panel lists them all.</source>
        <translation>Le panneau Problèmes les liste toutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not opened: it has errors.</source>
        <translation>%1 n&apos;a pas été ouvert : il contient des erreurs.</translation>
    </message>
    <message>
        <location line="+353"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was not applied: %1</source>
        <translation>L&apos;import n&apos;a pas été appliqué : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %1: %n variable(s), %2 frame(s) planned</source>
        <translation>
            <numerusform>%1 importé : %n variable, %2 trame(s) planifiée(s)</numerusform>
            <numerusform>%1 importé : %n variables, %2 trame(s) planifiée(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The node changed while its dialog was open: the edit was not applied</source>
        <translation>Le nœud a changé pendant que sa boîte de dialogue était ouverte : la modification n&apos;a pas été appliquée</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="vanished">Modifier %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>The edit was not applied: %1</source>
        <translation>La modification n&apos;a pas été appliquée : %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The frames were not re-planned: %1</source>
        <translation>Les trames n&apos;ont pas été replanifiées : %1</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n variable(s)</source>
        <translation type="vanished">
            <numerusform>Définir %1 de %n variable</numerusform>
            <numerusform>Définir %1 de %n variables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preferences saved; a new language applies at the next start</source>
        <translation>Préférences enregistrées ; une nouvelle langue s&apos;applique au prochain démarrage</translation>
    </message>
    <message>
        <source>%1 — Vigie</source>
        <translation type="vanished">%1 — Vigie</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>Running %1.</source>
        <translation>%1 en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovered the unsaved changes of %1; Apply (F5) runs them.</source>
        <translation>Modifications non enregistrées de %1 récupérées ; Appliquer (F5) les met en service.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new project</source>
        <translation>Le nouveau projet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A new project: add a connection (Edit menu) to begin.</source>
        <translation>Nouveau projet : ajoutez une liaison (menu Édition) pour commencer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+24"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Not applied: the project has %n error(s); the Problems panel lists them.</source>
        <translation>
            <numerusform>Non appliqué : le projet contient %n erreur ; le panneau Problèmes l&apos;indique.</numerusform>
            <numerusform>Non appliqué : le projet contient %n erreurs ; le panneau Problèmes les liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not applied: the station refused the project.</source>
        <translation>Non appliqué : le poste a refusé le projet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applied: the station runs the edited project.</source>
        <translation>Appliqué : le poste exécute le projet modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Running.</source>
        <translation>En cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped: the tag table edits the project.</source>
        <translation>Arrêté : la table des variables modifie le projet.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1[*] — Vigie</source>
        <translation>%1[*] — Vigie</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n tag(s): %1 Good</source>
        <translation>
            <numerusform>%n variable — Bonne : %1</numerusform>
            <numerusform>%n variables — Bonne : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 Uncertain or Stale</source>
        <translation>, Incertaine ou Figée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, &lt;b&gt;%1 Bad&lt;/b&gt;</source>
        <translation>, &lt;b&gt;Mauvaise : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>link %1: %2</source>
        <translation>liaison %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation type="vanished">%1 est en lecture seule.</translation>
    </message>
    <message>
        <source>Acquisition is not running: nothing can be written.</source>
        <translation type="vanished">L&apos;acquisition est arrêtée : aucune écriture n&apos;est possible.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;An open-source SCADA HMI: polls devices, shows live values, keeps history and alarms.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Une IHM SCADA open source : interroge les équipements, affiche les valeurs en temps réel, conserve l&apos;historique et les alarmes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/editorquestions.cpp" line="+22"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/app/mainwindow.cpp" line="-314"/>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vigie kept unsaved changes of this project in %1, newer than the file. Recover them?</source>
        <translation>Vigie a conservé des modifications non enregistrées de ce projet dans %1, plus récentes que le fichier. Les récupérer ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every unsaved change and read the file again?</source>
        <translation>Abandonner toutes les modifications non enregistrées et relire le fichier ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&quot;%1&quot; is used in %n place(s). Update them to &quot;%2&quot;?</source>
        <translation>
            <numerusform>&quot;%1&quot; est utilisé à %n endroit. Le remplacer par &quot;%2&quot; ?</numerusform>
            <numerusform>&quot;%1&quot; est utilisé à %n endroits. Les remplacer par &quot;%2&quot; ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vigie projects (*.vigie.json)</source>
        <translation>Projets Vigie (*.vigie.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import tags</source>
        <translation>Importer des variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt *.tsv)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv *.txt *.tsv);;Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the project</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook, every part of the project (*.xlsx);;CSV, the tree (*.csv)</source>
        <translation>Classeur Excel, toutes les parties du projet (*.xlsx);;CSV, l&apos;arborescence (*.csv)</translation>
    </message>
</context>
<context>
    <name>Vigie::ModbusGateway</name>
    <message>
        <location filename="../src/core/gateway/modbusgateway.cpp" line="+169"/>
        <source>Modbus gateway: cannot listen on %1: %2</source>
        <translation>Passerelle Modbus : impossible d&apos;écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::ModbusTransport</name>
    <message>
        <location filename="../src/core/acquisition/modbus/modbustransport.cpp" line="+150"/>
        <source>exception 1: illegal function</source>
        <translation>exception 1 : fonction illégale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 2: illegal data address</source>
        <translation>exception 2 : adresse de données illégale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 3: illegal data value</source>
        <translation>exception 3 : valeur de données illégale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 4: server device failure</source>
        <translation>exception 4 : défaillance de l&apos;équipement esclave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 5: acknowledge (still working)</source>
        <translation>exception 5 : acquittement (traitement en cours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 6: server device busy</source>
        <translation>exception 6 : équipement esclave occupé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 8: memory parity error</source>
        <translation>exception 8 : erreur de parité mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 10: gateway path unavailable</source>
        <translation>exception 10 : chemin de passerelle indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 11: gateway target device failed to respond</source>
        <translation>exception 11 : l&apos;équipement cible de la passerelle n&apos;a pas répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception %1</source>
        <translation>exception %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not connected to %1</source>
        <translation>non connecté à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>station 0 is the broadcast address: it cannot be read</source>
        <translation>l&apos;adresse esclave 0 est l&apos;adresse de diffusion : elle ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the request could not be sent to %1</source>
        <translation>la requête n&apos;a pas pu être envoyée à %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 answered %2 values for %3 asked</source>
        <translation>%1 a renvoyé %2 valeurs pour %3 demandées</translation>
    </message>
</context>
<context>
    <name>Vigie::Mqtt</name>
    <message>
        <location filename="../src/core/mqtt/mqttbrokerurl.cpp" line="+42"/>
        <source>the broker URL &quot;%1&quot; has no scheme: write mqtt://host or mqtts://host</source>
        <translation>l&apos;URL du broker &quot;%1&quot; n&apos;a pas de schéma : écrivez mqtt://hôte ou mqtts://hôte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown scheme &quot;%1&quot;: use mqtt:// or mqtts://</source>
        <translation>schéma &quot;%1&quot; inconnu : utilisez mqtt:// ou mqtts://</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the broker URL &quot;%1&quot; holds a user name: give the user name and password in their own fields</source>
        <translation>l&apos;URL du broker &quot;%1&quot; contient un nom d&apos;utilisateur : indiquez le nom d&apos;utilisateur et le mot de passe dans leurs propres champs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the broker URL &quot;%1&quot; has a path, a query or a fragment: only %2://host[:port] is allowed</source>
        <translation>l&apos;URL du broker &quot;%1&quot; contient un chemin, une requête ou un fragment : seul %2://hôte[:port] est admis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the broker URL &quot;%1&quot; has a &apos;[&apos; without its &apos;]&apos;</source>
        <translation>l&apos;URL du broker &quot;%1&quot; contient un &apos;[&apos; sans son &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the broker URL &quot;%1&quot; has &quot;%2&quot; after its IPv6 address, where only :port may follow</source>
        <translation>l&apos;URL du broker &quot;%1&quot; contient &quot;%2&quot; après son adresse IPv6, où seul :port peut suivre</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>the broker URL &quot;%1&quot; has no host</source>
        <translation>l&apos;URL du broker &quot;%1&quot; n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&quot;%1&quot; in the broker URL &quot;%2&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; dans l&apos;URL du broker &quot;%2&quot; n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the broker URL &quot;%1&quot; has more than one &apos;:&apos;: an IPv6 address goes in brackets, as in %2://[::1]:%3</source>
        <translation>l&apos;URL du broker &quot;%1&quot; contient plus d&apos;un &apos;:&apos; : une adresse IPv6 s&apos;écrit entre crochets, comme dans %2://[::1]:%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; in the broker URL &quot;%2&quot; is not a valid host name</source>
        <translation>&quot;%1&quot; dans l&apos;URL du broker &quot;%2&quot; n&apos;est pas un nom d&apos;hôte valide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host &quot;%1&quot; in the broker URL &quot;%2&quot; contains &quot;%3&quot;, which a host name cannot hold</source>
        <translation>l&apos;hôte &quot;%1&quot; dans l&apos;URL du broker &quot;%2&quot; contient &quot;%3&quot;, interdit dans un nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the broker URL &quot;%1&quot; has a &apos;:&apos; but no port after it</source>
        <translation>l&apos;URL du broker &quot;%1&quot; contient un &apos;:&apos; sans port après</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the port &quot;%1&quot; in the broker URL &quot;%2&quot; is not a number</source>
        <translation>le port &quot;%1&quot; dans l&apos;URL du broker &quot;%2&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>port %1 is out of range 1–65535 in the broker URL &quot;%2&quot;</source>
        <translation>le port %1 est hors de la plage 1–65535 dans l&apos;URL du broker &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/mqttclient.cpp" line="+82"/>
        <source>the broker does not accept MQTT 3.1.1</source>
        <translation>le broker n&apos;accepte pas MQTT 3.1.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client identifier rejected</source>
        <translation>identifiant client rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>server unavailable</source>
        <translation>serveur indisponible</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+12"/>
        <source>bad user name or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>not authorised</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unspecified error</source>
        <translation>erreur non spécifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed packet</source>
        <translation>paquet mal formé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implementation specific error</source>
        <translation>erreur propre à l&apos;implémentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the broker does not accept MQTT 5</source>
        <translation>le broker n&apos;accepte pas MQTT 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client identifier not valid</source>
        <translation>identifiant client non valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server busy</source>
        <translation>serveur occupé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banned</source>
        <translation>banni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad authentication method</source>
        <translation>méthode d&apos;authentification incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packet too large</source>
        <translation>paquet trop volumineux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quota exceeded</source>
        <translation>quota dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use another server</source>
        <translation>utiliser un autre serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server moved</source>
        <translation>serveur déplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection rate exceeded</source>
        <translation>fréquence de connexion dépassée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (code 0x%2)</source>
        <translation>%1 (code 0x%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connection refused by %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer (connection timed out)</source>
        <translation>%1 n&apos;a pas répondu (délai de connexion dépassé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reset the connection</source>
        <translation>%1 a réinitialisé la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+844"/>
        <source>the connection to %1 failed: %2</source>
        <translation>la connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="-837"/>
        <source>no broker URL is given</source>
        <translation>aucune URL de broker n&apos;est indiquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a persistent session (clean session off) needs a client id, which names the session on the broker</source>
        <translation>une session persistante (clean session désactivé) exige un identifiant client, qui nomme la session sur le broker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keep-alive of %1 s is out of range: 0 (none) or 5–65535 s</source>
        <translation>le keep-alive de %1 s est hors plage : 0 (aucun) ou 5–65535 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 messages in flight is out of range 1–65535: MQTT numbers them on 16 bits</source>
        <translation>%1 messages en transit, hors de la plage 1–65535 : MQTT les numérote sur 16 bits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reconnection delays must be positive, the longest at least the shortest</source>
        <translation>les délais de reconnexion doivent être positifs, le plus long au moins égal au plus court</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection timeout must be positive</source>
        <translation>le délai d&apos;attente de connexion doit être positif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a client certificate needs its key file, and a key file its certificate</source>
        <translation>un certificat client exige son fichier de clé, et un fichier de clé son certificat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA certificate file</source>
        <translation>fichier de certificat de l&apos;AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate file</source>
        <translation>fichier de certificat client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client key file</source>
        <translation>fichier de clé client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 &quot;%2&quot; cannot be read</source>
        <translation>le %1 &quot;%2&quot; est illisible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the will&apos;s QoS %1 is not 0, 1 or 2</source>
        <translation>la QoS %1 du message testament n&apos;est pas 0, 1 ou 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the will&apos;s topic &quot;%1&quot; is not a topic to publish to</source>
        <translation>le topic &quot;%1&quot; du message testament n&apos;est pas un topic où publier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the will&apos;s payload is larger than MQTT allows</source>
        <translation>la charge utile du message testament dépasse la taille permise par MQTT</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aborted without a DISCONNECT</source>
        <translation>interrompue sans DISCONNECT</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>cannot create an MQTT client: %1</source>
        <translation>impossible de créer un client MQTT : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the will on &quot;%1&quot; cannot be used: %2</source>
        <translation>le message testament sur &quot;%1&quot; est inutilisable : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the TLS files cannot be used: %1</source>
        <translation>les fichiers TLS sont inutilisables : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the broker&apos;s host name &quot;%1&quot; cannot be resolved: %2</source>
        <translation>le nom d&apos;hôte du broker &quot;%1&quot; ne peut pas être résolu : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 did not accept the connection within %2 s</source>
        <translation>%1 n&apos;a pas accepté la connexion en %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS with %1 failed: no answer within %2 s</source>
        <translation>échec TLS avec %1 : pas de réponse en %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer the MQTT CONNECT within %2 s</source>
        <translation>%1 n&apos;a pas répondu au CONNECT MQTT en %2 s</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>the broker refused the connection: %1</source>
        <translation>le broker a refusé la connexion : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the broker closed the connection: %1</source>
        <translation>le broker a fermé la connexion : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 closed the connection without answering the MQTT CONNECT (if it expects TLS, use mqtts://)</source>
        <translation>%1 a fermé la connexion sans répondre au CONNECT MQTT (s&apos;il attend TLS, utilisez mqtts://)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer within the keep-alive time (%2 s)</source>
        <translation>%1 n&apos;a pas répondu dans le délai de keep-alive (%2 s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 broke the MQTT protocol; the connection was dropped</source>
        <translation>%1 n&apos;a pas respecté le protocole MQTT ; la connexion a été coupée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>certificate verify failed: the broker&apos;s certificate is not for &quot;%1&quot;</source>
        <translation>échec de la vérification du certificat : le certificat du broker n&apos;est pas émis pour &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>certificate verify failed: %1</source>
        <translation>échec de la vérification du certificat : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the broker closed the connection before accepting it (it may require a client certificate, or not speak TLS on this port)</source>
        <translation>le broker a fermé la connexion avant de l&apos;accepter (il exige peut-être un certificat client, ou ne parle pas TLS sur ce port)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS with %1 failed: %2</source>
        <translation>échec TLS avec %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/mqttoutbox.cpp" line="+218"/>
        <source>No file was given for the MQTT queue.</source>
        <translation>Aucun fichier n&apos;est indiqué pour la file d&apos;attente MQTT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1 for the MQTT queue %2.</source>
        <translation>Impossible de créer le dossier %1 pour la file d&apos;attente MQTT %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the MQTT queue %1: its folder %2 is not writable.</source>
        <translation>Impossible d&apos;ouvrir la file d&apos;attente MQTT %1 : son dossier %2 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the MQTT queue %1: it is not a file.</source>
        <translation>Impossible d&apos;ouvrir la file d&apos;attente MQTT %1 : ce n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the MQTT queue %1: the file is read-only.</source>
        <translation>Impossible d&apos;ouvrir la file d&apos;attente MQTT %1 : le fichier est en lecture seule.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The MQTT queue %1 cannot be read (%2) and could not be moved aside to %3: %4</source>
        <translation>La file d&apos;attente MQTT %1 est illisible (%2) et n&apos;a pas pu être mise de côté dans %3 : %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MQTT queue %1 could not be read (%2): it was moved to %3 and a new, empty queue was started.</source>
        <translation>La file d&apos;attente MQTT %1 était illisible (%2) : elle a été déplacée vers %3 et une nouvelle file vide a été créée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the MQTT queue %1: %2</source>
        <translation>Impossible de créer la file d&apos;attente MQTT %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+18"/>
        <source>Cannot open the MQTT queue %1: %2</source>
        <translation>Impossible d&apos;ouvrir la file d&apos;attente MQTT %1 : %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>it is not a database</source>
        <translation>ce n&apos;est pas une base de données</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the MQTT queue %1: Qt&apos;s SQLite driver (QSQLITE) is missing.</source>
        <translation>Impossible d&apos;ouvrir la file d&apos;attente MQTT %1 : le pilote SQLite de Qt (QSQLITE) est absent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The MQTT queue %1 has format %2, which this version of Vigie does not know (it reads format %3): it may have been written by a newer version. The file was left as it is.</source>
        <translation>La file d&apos;attente MQTT %1 est au format %2, inconnu de cette version de Vigie (qui lit le format %3) : elle a peut-être été écrite par une version plus récente. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is another program&apos;s database, with the tables %1</source>
        <translation>c&apos;est la base de données d&apos;un autre programme, avec les tables %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its tables are not those of an MQTT queue</source>
        <translation>ses tables ne sont pas celles d&apos;une file d&apos;attente MQTT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the MQTT queue %1: SQLite cannot keep a write-ahead log there (journal mode &apos;%2&apos;); is it on a network drive?</source>
        <translation>Impossible d&apos;ouvrir la file d&apos;attente MQTT %1 : SQLite ne peut pas y tenir de journal WAL (mode de journal &apos;%2&apos;) ; est-elle sur un lecteur réseau ?</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+7"/>
        <source>Cannot read the MQTT queue %1: %2</source>
        <translation>Impossible de lire la file d&apos;attente MQTT %1 : %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+134"/>
        <location line="+91"/>
        <location line="+40"/>
        <location line="+82"/>
        <source>the queue is not open</source>
        <translation>la file d&apos;attente n&apos;est pas ouverte</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>the value of %1 (device &apos;%2&apos;) is a %3, which the queue cannot store; nothing of this batch was queued</source>
        <translation>la valeur de %1 (équipement &apos;%2&apos;) est de type %3, que la file d&apos;attente ne peut pas stocker ; rien de ce lot n&apos;a été mis en file</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>the value of &apos;%1&apos; is a %2, which the queue cannot store</source>
        <translation>la valeur de &apos;%1&apos; est de type %2, que la file d&apos;attente ne peut pas stocker</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write to the MQTT queue %1: %2</source>
        <translation>Impossible d&apos;écrire dans la file d&apos;attente MQTT %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/scorpiojson.cpp" line="+217"/>
        <location filename="../src/core/mqtt/sparkplugcodec.cpp" line="+517"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; contains &quot;%2&quot;, an MQTT wildcard, which a topic Vigie publishes to may not hold</source>
        <translation>&quot;%1&quot; contient &quot;%2&quot;, un joker MQTT, interdit dans un topic où Vigie publie</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/mqtt/sparkplugcodec.cpp" line="+8"/>
        <source>&quot;%1&quot; contains a NUL character, which MQTT topics forbid</source>
        <translation>&quot;%1&quot; contient un caractère NUL, interdit dans les topics MQTT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has a &quot;}&quot; at character %2 that closes no placeholder</source>
        <translation>&quot;%1&quot; contient au caractère %2 un &quot;}&quot; qui ne ferme aucun paramètre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; opens a placeholder at character %2 and does not close it</source>
        <translation>&quot;%1&quot; ouvre un paramètre au caractère %2 sans le fermer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has the placeholder {%2}, which Vigie does not know: use {group}, {node}, {device} or {type}</source>
        <translation>&quot;%1&quot; contient le paramètre {%2}, inconnu de Vigie : utilisez {group}, {node}, {device} ou {type}</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/sparkplugcodec.cpp" line="-444"/>
        <source>with alias %1</source>
        <translation>avec l&apos;alias %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number %1 (with neither name nor alias)</source>
        <translation>numéro %1 (sans nom ni alias)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a 32-bit integer</source>
        <translation>un entier 32 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 64-bit integer</source>
        <translation>un entier 64 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a float</source>
        <translation>un flottant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a double</source>
        <translation>un double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>des octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a data set</source>
        <translation>un jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a template</source>
        <translation>un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extension value</source>
        <translation>une valeur d&apos;extension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Metric %1 is declared %2 but carries %3.</source>
        <translation>La métrique %1 est déclarée %2 mais porte %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Metric %1 has no datatype and carries %2, which Vigie cannot take as a command.</source>
        <translation>La métrique %1 n&apos;a pas de datatype et porte %2, que Vigie ne peut pas accepter comme commande.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Metric %1 is an %2, but %3 is not one in any encoding Vigie knows.</source>
        <translation>La métrique %1 est de type %2, mais %3 n&apos;est un %2 dans aucun codage connu de Vigie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Metric %1 is a %2, but its value %3 is above %4.</source>
        <translation>La métrique %1 est de type %2, mais sa valeur %3 dépasse %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Metric %1 is a DateTime, but %2 ms is not a date.</source>
        <translation>La métrique %1 est de type DateTime, mais %2 ms n&apos;est pas une date.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The command is not a Sparkplug B payload: it does not parse as a protobuf Payload message (%1 bytes).</source>
        <translation>La commande n&apos;est pas une charge utile Sparkplug B : elle ne se décode pas comme un message protobuf Payload (%1 octets).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The command holds no metric (%1 bytes): there is nothing to write.</source>
        <translation>La commande ne contient aucune métrique (%1 octets) : il n&apos;y a rien à écrire.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Metric %1 has datatype %2, which Vigie does not take in commands (only Int8 to Text, 1-14).</source>
        <translation>La métrique %1 a le datatype %2, que Vigie n&apos;accepte pas dans les commandes (seulement Int8 à Text, 1-14).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Metric %1 carries no value and is not marked null.</source>
        <translation>La métrique %1 ne porte aucune valeur et n&apos;est pas marquée null.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The STATE message is not a JSON object (%1 at byte %2).</source>
        <translation>Le message STATE n&apos;est pas un objet JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is not an object</source>
        <translation>le document n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The STATE message has no &quot;online&quot; true or false.</source>
        <translation>Le message STATE n&apos;a pas de champ &quot;online&quot; à true ou false.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The STATE message has no &quot;timestamp&quot; number.</source>
        <translation>Le message STATE n&apos;a pas de champ &quot;timestamp&quot; numérique.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&quot;%1&quot; contains &quot;%2&quot;: Sparkplug ids may not contain /, + or #, which MQTT topics reserve</source>
        <translation>&quot;%1&quot; contient &quot;%2&quot; : les identifiants Sparkplug ne peuvent pas contenir /, + ou #, réservés par les topics MQTT</translation>
    </message>
</context>
<context>
    <name>Vigie::MqttPublisher</name>
    <message>
        <location filename="../src/core/mqtt/mqttstatus.cpp" line="+17"/>
        <source>off</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the broker&apos;s secret</source>
        <translation>en attente du secret du broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the primary host</source>
        <translation>en attente de l&apos;hôte primaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline, queueing</source>
        <translation>hors ligne, mise en file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/mqttpublisher.cpp" line="+92"/>
        <source>the store-and-forward queue cannot be used, samples are lost while the broker is unreachable: %1</source>
        <translation>la file de stockage et retransmission est inutilisable, les échantillons sont perdus tant que le broker est injoignable : %1</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>the birth of &quot;%1&quot; could not be sent</source>
        <translation>le message BIRTH de &quot;%1&quot; n&apos;a pas pu être envoyé</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the broker cannot take a message on &quot;%1&quot;</source>
        <translation>le broker ne peut pas accepter de message sur &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>the primary host&apos;s STATE on &quot;%1&quot; cannot be read: %2</source>
        <translation>le STATE de l&apos;hôte primaire sur &quot;%1&quot; est illisible : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>an NCMD could not be read: %1</source>
        <translation>un NCMD n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a DCMD names the device &quot;%1&quot;, which is not published</source>
        <translation>un DCMD désigne l&apos;équipement &quot;%1&quot;, qui n&apos;est pas publié</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a command for &quot;%1&quot; could not be read: %2</source>
        <translation>une commande pour &quot;%1&quot; n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a command to write &quot;%1&quot; was refused: it is not a published variable with remoteWrite</source>
        <translation>une commande d&apos;écriture de &quot;%1&quot; a été refusée : ce n&apos;est pas une variable publiée avec remoteWrite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a command to write &quot;%1&quot; was refused: it has no value</source>
        <translation>une commande d&apos;écriture de &quot;%1&quot; a été refusée : elle ne porte aucune valeur</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/mqttservice.cpp" line="+128"/>
        <source>%1: set it with `vigie-runtime --set-secret %2`, or in vigie</source>
        <translation>%1 : définissez-le avec `vigie-runtime --set-secret %2`, ou dans vigie</translation>
    </message>
</context>
<context>
    <name>Vigie::MqttStatusLabel</name>
    <message>
        <location filename="../src/app/mqtt/mqttstatuslabel.cpp" line="+21"/>
        <source>MQTT %1</source>
        <translation>MQTT %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 queued</source>
        <translation> · %1 en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 lost</source>
        <translation> · %1 perdus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Broker: %1
State: %2</source>
        <translation>Broker : %1
État : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Online since %1</source>
        <translation>
En ligne depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Messages sent: %1 (%2 live metrics, %3 from the queue)</source>
        <translation>
Messages envoyés : %1 (%2 métriques en direct, %3 depuis la file d&apos;attente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Queued: %1 samples (%2 kB)</source>
        <translation>
En file d&apos;attente : %1 échantillons (%2 kB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Lost: %1</source>
        <translation>
Perdus : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Births: %1, rebirths asked: %2, commands refused: %3</source>
        <translation>
BIRTH envoyés : %1, Rebirth demandés : %2, commandes refusées : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Last error: %1</source>
        <translation>
Dernière erreur : %1</translation>
    </message>
</context>
<context>
    <name>Vigie::NodeCheck</name>
    <message>
        <location filename="../src/app/editor/nodecheck.cpp" line="+142"/>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>&quot;%1&quot; est déjà le nom de %2</translation>
    </message>
</context>
<context>
    <name>Vigie::NodeDialog</name>
    <message>
        <location filename="../src/app/editor/nodedialog.cpp" line="+144"/>
        <source>This change also affects %1: %2</source>
        <translation>Cette modification concerne aussi %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…and %n more place(s).</source>
        <translation>
            <numerusform>…et %n autre endroit.</numerusform>
            <numerusform>…et %n autres endroits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigie::NumberText</name>
    <message>
        <location filename="../src/app/editor/numbertext.cpp" line="+37"/>
        <source>is empty: give a number</source>
        <translation>est vide : indiquez un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number (write it like %2)</source>
        <translation>%1 n&apos;est pas un nombre (écrivez-le sous la forme %2)</translation>
    </message>
</context>
<context>
    <name>Vigie::PreferencesDialog</name>
    <message>
        <location filename="../src/app/editor/preferencesdialog.cpp" line="+22"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C (%1)</source>
        <translation>C (%1)</translation>
    </message>
</context>
<context>
    <name>Vigie::ProblemsModel</name>
    <message>
        <location filename="../src/app/problemsmodel.cpp" line="+34"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectDocument</name>
    <message>
        <location filename="../src/core/document/projectdocument.cpp" line="+77"/>
        <source>the project has no file yet: save it under a name first</source>
        <translation>le projet n&apos;a pas encore de fichier : enregistrez-le d&apos;abord sous un nom</translation>
    </message>
    <message>
        <location filename="../src/core/document/projecttree.cpp" line="+117"/>
        <location line="+209"/>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>a connection</source>
        <translation>une liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <translation>un équipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a frame</source>
        <translation>une trame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a variable</source>
        <translation>une variable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a valid node path</source>
        <translation>%1 n&apos;est pas un chemin de nœud valide</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the project itself cannot be inserted</source>
        <translation>le projet lui-même ne peut pas être inséré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot insert %1 at %2, the place of %3</source>
        <translation>impossible d&apos;insérer %1 en %2 : cet emplacement attend %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot insert at %1: %2 does not exist</source>
        <translation>impossible d&apos;insérer en %1 : %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot insert at %1: the row must be between 0 and %2</source>
        <translation>impossible d&apos;insérer en %1 : la ligne doit être comprise entre 0 et %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the project itself cannot be removed</source>
        <translation>le projet lui-même ne peut pas être supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot remove %1: it does not exist</source>
        <translation>impossible de supprimer %1 : introuvable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the project itself cannot be moved</source>
        <translation>le projet lui-même ne peut pas être déplacé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot move %1: it does not exist</source>
        <translation>impossible de déplacer %1 : introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot move %1 to %2: %3 cannot go there</source>
        <translation>impossible de déplacer %1 vers %2 : %3 ne peut pas aller à cet endroit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot move %1 to %2: %3 does not exist</source>
        <translation>impossible de déplacer %1 vers %2 : %3 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move %1 to %2: the row must be between 0 and %3</source>
        <translation>impossible de déplacer %1 vers %2 : la ligne doit être comprise entre 0 et %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the project&apos;s own fields are not a node&apos;s: set them as the project&apos;s</source>
        <translation>les champs propres au projet ne sont pas ceux d&apos;un nœud : définissez-les comme champs du projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot change %1 with the fields of %2: it is %3</source>
        <translation>impossible de modifier %1 avec des champs prévus pour %2 : c&apos;est %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot change %1: it does not exist</source>
        <translation>impossible de modifier %1 : introuvable</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectFile</name>
    <message>
        <location filename="../src/core/model/jsonobjectreader.cpp" line="+41"/>
        <location filename="../src/core/model/projectfile.cpp" line="+365"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not text</source>
        <translation>%1 n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est pas true ou false</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../src/core/model/projectfile.cpp" line="-282"/>
        <location line="+96"/>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a list</source>
        <translation>%1 n&apos;est pas une liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown field, ignored (misspelt?)</source>
        <translation>champ inconnu, ignoré (faute de frappe ?)</translation>
    </message>
    <message>
        <location filename="../src/core/model/jsonobjectreader.h" line="+50"/>
        <source>%1 is not one of %2</source>
        <translation>%1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/projectfile.cpp" line="-33"/>
        <source>is missing: a ModbusTcp connection needs a host</source>
        <translation>est absent : une liaison ModbusTcp exige un hôte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing: a ModbusRtu connection needs a serial port</source>
        <translation>est absent : une liaison ModbusRtu exige un port série</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is empty at line %1, column %2: it must hold one JSON object ({ … })</source>
        <translation>le fichier est vide à la ligne %1, colonne %2 : il doit contenir un objet JSON ({ … })</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file must hold one JSON object ({ … }), but it holds %1 at line %2, column %3</source>
        <translation>le fichier doit contenir un objet JSON ({ … }), mais il contient %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file must hold one JSON object ({ … }), but it starts with &quot;%1&quot; at line %2, column %3</source>
        <translation>le fichier doit contenir un objet JSON ({ … }), mais il commence par &quot;%1&quot; à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <location line="+313"/>
        <source>%1 is newer than this Vigie reads (%2): open it with a newer Vigie</source>
        <translation>%1 est plus récent que ce que lit cette version de Vigie (%2) : ouvrez le fichier avec une version plus récente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a format version (1 is the first)</source>
        <translation>%1 n&apos;est pas une version de format (la première est 1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/core/screens/svgdocument.cpp" line="+40"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/projectvalidator.cpp" line="+35"/>
        <source>is empty: every %1 needs a name</source>
        <translation>est vide : chaque %1 doit avoir un nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; starts or ends with spaces, which are hard to see</source>
        <translation>&quot;%1&quot; commence ou se termine par des espaces, difficiles à voir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>&quot;%1&quot; est déjà le nom de %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/issuereporter.cpp" line="+18"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1 est hors de la plage %2–%3</translation>
    </message>
    <message>
        <location filename="../src/core/model/projectvalidator.cpp" line="+32"/>
        <source>%1 ms is below 100 ms</source>
        <translation>%1 ms est inférieur à 100 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+57"/>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+250"/>
        <location line="+173"/>
        <source>is not a finite number</source>
        <translation>n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location line="-481"/>
        <source>%1 cannot live in a %2 frame, which holds single bits: use Bool, or a register frame</source>
        <translation>%1 ne peut pas se trouver dans une trame %2, qui contient des bits isolés : utilisez Bool, ou une trame de registres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is only for a Bool in a register frame; a %1 frame already addresses single bits</source>
        <translation>ne sert qu&apos;à un Bool dans une trame de registres ; une trame %1 adresse déjà des bits isolés</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>is only for a Bool, not a %1</source>
        <translation>ne sert qu&apos;à un Bool, pas à un %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a register has 16 bits</source>
        <translation>un registre a 16 bits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is outside 1–%2 characters: a String needs its length</source>
        <translation>%1 est hors de la plage 1–%2 caractères : un String doit avoir sa longueur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is only for a String, not a %1</source>
        <translation>ne sert qu&apos;à un String, pas à un %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <location line="+323"/>
        <source>%1 is negative</source>
        <translation>%1 est négatif</translation>
    </message>
    <message>
        <location line="-351"/>
        <location line="+71"/>
        <location line="+155"/>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+71"/>
        <location line="+155"/>
        <source>registers</source>
        <translation>registres</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>%1 + %2 %3 falls outside the frame, which holds %4 %3 (addresses %5–%6)</source>
        <translation>%1 + %2 %3 sort de la trame, qui contient %4 %3 (adresses %5–%6)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a non-zero number</source>
        <translation>doit être un nombre non nul</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a %1 cannot be scaled</source>
        <translation>un %1 ne peut pas être mis à l&apos;échelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is above max %2</source>
        <translation>%1 est supérieur au max %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>is only for numbers, not a %1</source>
        <translation>ne sert qu&apos;aux nombres, pas à un %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>a %1 frame cannot be written by Modbus</source>
        <translation>une trame %1 ne peut pas être écrite par Modbus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the frame &quot;%1&quot; is not writable (isWritable is false)</source>
        <translation>la trame &quot;%1&quot; n&apos;est pas en écriture (isWritable vaut false)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs writable: the cloud may only write what an operator may write</source>
        <translation>exige writable : le cloud ne peut écrire que ce qu&apos;un opérateur peut écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs published: the cloud can only command a metric it was given</source>
        <translation>exige published : le cloud ne peut commander qu&apos;une métrique qui lui est publiée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ignored: the connection is %1, not Simulation</source>
        <translation>ignoré : la liaison est %1, pas Simulation</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>%1 is less than 1</source>
        <translation>%1 est inférieur à 1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 is more than %2 %3 (the most one Modbus request reads)</source>
        <translation>%1 dépasse %2 %3 (le maximum lu par une requête Modbus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 from address %2 runs past the last address, 65535</source>
        <translation>%1 à partir de l&apos;adresse %2 dépasse la dernière adresse, 65535</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needs a frame period in whole minutes, but scanTime × scanTimeFactor is %1 ms</source>
        <translation>exige une période de trame en minutes entières, mais scanTime × scanTimeFactor vaut %1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the offset must fall within one period of %1 min</source>
        <translation>le décalage doit rester dans une période de %1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the frame is neither readable nor writable</source>
        <translation>la trame n&apos;est ni en lecture ni en écriture</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>overlaps &quot;%1&quot; in the same frame</source>
        <translation>chevauche &quot;%1&quot; dans la même trame</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ms is below 100 ms, the fastest scan Vigie allows</source>
        <translation>%1 ms est inférieur à 100 ms, la scrutation la plus rapide permise par Vigie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RTU slaves use 1–247, and 0 to write to all of them at once</source>
        <translation>les esclaves RTU utilisent 1–247, et 0 pour écrire à tous à la fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 is the broadcast address, which no slave answers: its frames must be write-only (isReadable: false)</source>
        <translation>0 est l&apos;adresse de diffusion, à laquelle aucun esclave ne répond : ses trames doivent être en écriture seule (isReadable: false)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ignored: Mask Write Register is a Modbus function, and the connection is Simulation</source>
        <translation>ignoré : Mask Write Register est une fonction Modbus, et la liaison est Simulation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a serial bus carries one request at a time: use 1</source>
        <translation>un bus série transporte une requête à la fois : utilisez 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frame</source>
        <translation>trame</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>device</source>
        <translation>équipement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is empty: name the variable to serve</source>
        <translation>est vide : nommez la variable à servir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no variable is named &quot;%1&quot; (the gateway serves project variables)</source>
        <translation>aucune variable ne s&apos;appelle &quot;%1&quot; (la passerelle sert les variables du projet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a Bool is served as one bit: use Coil or DiscreteInput, not %1</source>
        <translation>un Bool est servi sur un bit : utilisez Coil ou DiscreteInput, pas %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 needs registers: use HoldingRegister or InputRegister, not %2</source>
        <translation>un %1 exige des registres : utilisez HoldingRegister ou InputRegister, pas %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 + %2 %3 runs past the last address, 65535</source>
        <translation>%1 + %2 %3 dépasse la dernière adresse, 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the gateway takes no writes (allowWrites is false)</source>
        <translation>la passerelle n&apos;accepte pas d&apos;écriture (allowWrites vaut false)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modbus has no write to a %1: use Coil or HoldingRegister</source>
        <translation>Modbus n&apos;a pas d&apos;écriture vers un %1 : utilisez Coil ou HoldingRegister</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+147"/>
        <source>the variable &quot;%1&quot; is not writable</source>
        <translation>la variable &quot;%1&quot; n&apos;est pas en écriture</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>is empty: give an IP address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)</source>
        <translation>est vide : indiquez une adresse IP, comme 127.0.0.1 (cette machine seulement) ou 0.0.0.0 (toutes les interfaces)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an IP address, such as 127.0.0.1 (this machine only), 0.0.0.0 (every interface) or one of this machine&apos;s addresses</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IP, comme 127.0.0.1 (cette machine seulement), 0.0.0.0 (toutes les interfaces) ou l&apos;une des adresses de cette machine</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 cannot be served as %2 (&quot;%3&quot;, a %4): %5</source>
        <translation>%1 ne peut pas être servi en tant que %2 (&quot;%3&quot;, un %4) : %5</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>overlaps %1 (&quot;%2&quot;, addresses %3–%4) in the %5 table</source>
        <translation>chevauche %1 (&quot;%2&quot;, adresses %3–%4) dans la table %5</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is empty: a calculated variable needs a formula</source>
        <translation>est vide : une variable calculée exige une formule</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+71"/>
        <source>is empty: give the id of an SVG element</source>
        <translation>est vide : indiquez l&apos;id d&apos;un élément SVG</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+43"/>
        <source>no screen is named &quot;%1&quot;</source>
        <translation>aucun synoptique ne s&apos;appelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>no variable is named &quot;%1&quot;</source>
        <translation>aucune variable ne s&apos;appelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a calculated variable: it cannot be written</source>
        <translation>&quot;%1&quot; est une variable calculée : elle ne peut pas être écrite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is a %2: only a Bool can be toggled (use write)</source>
        <translation>&quot;%1&quot; est un %2 : seul un Bool peut être basculé (utilisez write)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>screen</source>
        <translation>synoptique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is empty: give the SVG file, relative to the project file</source>
        <translation>est vide : indiquez le fichier SVG, relatif au fichier projet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a screen cannot be its own parent</source>
        <translation>un synoptique ne peut pas être son propre parent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; leads back to this screen: parents must form a tree</source>
        <translation>&quot;%1&quot; ramène à ce synoptique : les parents doivent former un arbre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is empty: a binding needs a formula</source>
        <translation>est vide : une animation exige une formule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is only for a rotate binding, not %1</source>
        <translation>ne sert qu&apos;à une animation rotate, pas %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of &quot;%2&quot; is already bound by %3: one formula per attribute</source>
        <translation>%1 de &quot;%2&quot; est déjà animé par %3 : une formule par attribut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; already has an action (%2): one action per element</source>
        <translation>&quot;%1&quot; a déjà une action (%2) : une action par élément</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>connection</source>
        <translation>liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <location filename="../src/core/model/jsonprescan.cpp" line="+431"/>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lone surrogate %1: a low surrogate (\udc00–\udfff) must follow a high one (\ud800–\udbff)</source>
        <translation>demi-codet isolé %1 : un demi-codet bas (\udc00–\udfff) doit suivre un demi-codet haut (\ud800–\udbff)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lone surrogate %1: a high surrogate (\ud800–\udbff) must be followed by a low one (\udc00–\udfff)</source>
        <translation>demi-codet isolé %1 : un demi-codet haut (\ud800–\udbff) doit être suivi d&apos;un demi-codet bas (\udc00–\udfff)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>raw control character %1 in a string: write it as %2</source>
        <translation>caractère de contrôle brut %1 dans une chaîne : écrivez-le %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid UTF-8 (byte 0x%1): the file must be saved as UTF-8</source>
        <translation>UTF-8 non valide (octet 0x%1) : le fichier doit être enregistré en UTF-8</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;\%1&quot; is not a JSON escape (those are \&quot; \\ \/ \b \f \n \r \t \uXXXX; a backslash itself is written \\)</source>
        <translation>&quot;\%1&quot; n&apos;est pas une séquence d&apos;échappement JSON (ce sont \&quot; \\ \/ \b \f \n \r \t \uXXXX ; une barre oblique inverse s&apos;écrit \\)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a backslash followed by %1 is not a JSON escape (a backslash itself is written \\)</source>
        <translation>une barre oblique inverse suivie de %1 n&apos;est pas une séquence d&apos;échappement JSON (une barre oblique inverse s&apos;écrit \\)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>duplicate key &quot;%1&quot; at line %2, column %3 (first at line %4, column %5): a key may be given once in an object</source>
        <translation>clé &quot;%1&quot; en double à la ligne %2, colonne %3 (première à la ligne %4, colonne %5) : une clé ne peut figurer qu&apos;une fois dans un objet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a key with an empty name at line %1, column %2, ignored</source>
        <translation>une clé au nom vide à la ligne %1, colonne %2, ignorée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a key made only of spaces (&quot;%1&quot;) at line %2, column %3, ignored</source>
        <translation>une clé faite uniquement d&apos;espaces (&quot;%1&quot;) à la ligne %2, colonne %3, ignorée</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/projectcheck.cpp" line="+33"/>
        <source>this version of Vigie has no %1 transport: the %n tag(s) of &quot;%2&quot; will stay Bad</source>
        <translation>
            <numerusform>cette version de Vigie n&apos;a pas de transport %1 : la %n variable de &quot;%2&quot; restera en qualité Mauvaise</numerusform>
            <numerusform>cette version de Vigie n&apos;a pas de transport %1 : les %n variables de &quot;%2&quot; resteront en qualité Mauvaise</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out of range %2–%3</source>
        <translation type="vanished">%1 est hors de la plage %2–%3</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/mqttsettingscheck.cpp" line="+46"/>
        <source>is only used in sparkplugB mode: ignored in scorpioJson mode</source>
        <translation>ne sert qu&apos;en mode sparkplugB : ignoré en mode scorpioJson</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is the same as birthTopic: births and data need topics of their own (or use {type} in both)</source>
        <translation>est identique à birthTopic : les messages de naissance et les données exigent chacun leur topic (ou utilisez {type} dans les deux)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is ignored: the broker URL starts with mqtt://, without TLS (use mqtts://)</source>
        <translation>est ignoré : l&apos;URL du broker commence par mqtt://, sans TLS (utilisez mqtts://)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client certificate needs both certFile and keyFile</source>
        <translation>un certificat client exige à la fois certFile et keyFile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is false: the broker&apos;s certificate is not checked, so anyone on the way can pose as the broker and read what is published</source>
        <translation>vaut false : le certificat du broker n&apos;est pas vérifié, donc n&apos;importe qui sur le chemin peut se faire passer pour le broker et lire ce qui est publié</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no connection is named &quot;%1&quot;</source>
        <translation>aucune liaison ne s&apos;appelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection &quot;%1&quot; has no device &quot;%2&quot;</source>
        <translation>la liaison &quot;%1&quot; n&apos;a pas d&apos;équipement &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the device &quot;%1&quot; of &quot;%2&quot; is mapped twice</source>
        <translation>l&apos;équipement &quot;%1&quot; de &quot;%2&quot; est associé deux fois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the edge node&apos;s calculated variables</source>
        <translation>les variables calculées du nœud edge</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the device &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>l&apos;équipement &quot;%1&quot; de &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 publishes under its own name, which cannot be a device id (%2): map it to another name here</source>
        <translation>%1 publie sous son propre nom, qui ne peut pas être un identifiant d&apos;équipement (%2) : associez-le ici à un autre nom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2 would both be published as &quot;%3&quot;: map one of them to another name here</source>
        <translation>%1 et %2 seraient tous deux publiés sous &quot;%3&quot; : associez l&apos;un d&apos;eux ici à un autre nom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no variable is published: mark the variables to send with &quot;published&quot;: true</source>
        <translation>aucune variable n&apos;est publiée : marquez les variables à envoyer avec &quot;published&quot;: true</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the client id &quot;%1&quot; is longer than 23 bytes, which an MQTT 3.1.1 broker may refuse</source>
        <translation>l&apos;identifiant client &quot;%1&quot; dépasse 23 octets, ce qu&apos;un broker MQTT 3.1.1 peut refuser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not 0 or 1 (QoS 2 is not used)</source>
        <translation>%1 n&apos;est pas 0 ou 1 (la QoS 2 n&apos;est pas utilisée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is false and period is 0: nothing would ever be published</source>
        <translation>vaut false et period vaut 0 : rien ne serait jamais publié</translation>
    </message>
    <message>
        <location filename="../src/core/screens/svgdocument.cpp" line="+5"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectImport</name>
    <message>
        <location filename="../src/core/exchange/projectimport.cpp" line="+239"/>
        <source>the column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field of this sheet (expected one of %3)</source>
        <translation>la colonne &quot;%1&quot; est associée à &quot;%2&quot;, qui n&apos;est pas un champ de cette feuille (valeurs attendues : %3)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>no header row found in the first %1 rows (looked for columns such as %2): the sheet is not imported</source>
        <translation>aucune ligne d&apos;en-tête trouvée dans les %1 premières lignes (colonnes recherchées, par exemple %2) : la feuille n&apos;est pas importée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no sheet &quot;%1&quot; (the sheets are %2)</source>
        <translation>il n&apos;y a pas de feuille &quot;%1&quot; (les feuilles sont : %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sheet has a header row this import recognises: see docs/import.md for the column names</source>
        <translation>aucune feuille n&apos;a de ligne d&apos;en-tête reconnue par cet import : voir docs/import.md pour les noms de colonnes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column %1 &quot;%2&quot; is not a field Vigie knows: it is not imported</source>
        <translation>la colonne %1 &quot;%2&quot; n&apos;est pas un champ connu de Vigie : elle n&apos;est pas importée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both mean %3: keep one, or map one to another field</source>
        <translation>les colonnes &quot;%1&quot; et &quot;%2&quot; désignent toutes deux %3 : gardez-en une, ou associez l&apos;une d&apos;elles à un autre champ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the %1 sheet needs the column(s) %2</source>
        <translation>la feuille %1 exige la ou les colonnes %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the row has no name (column &quot;%1&quot;)</source>
        <translation>la ligne n&apos;a pas de nom (colonne &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the address is in the %1 table, but the frame &quot;%2&quot; reads %3</source>
        <translation>l&apos;adresse est dans la table %1, mais la trame &quot;%2&quot; lit %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>address %1 is before the start of the frame &quot;%2&quot; (%3)</source>
        <translation>l&apos;adresse %1 précède le début de la trame &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the variable &quot;%1&quot; is in the frame &quot;%2&quot; but has no place in it: give its &quot;%3&quot; or its &quot;%4&quot;</source>
        <translation>la variable &quot;%1&quot; est dans la trame &quot;%2&quot; mais n&apos;y a pas de position : renseignez &quot;%3&quot; ou &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an offset needs its frame: give the &quot;%1&quot; column, or an &quot;%2&quot; instead</source>
        <translation>un décalage exige sa trame : renseignez la colonne &quot;%1&quot;, ou plutôt &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the variable &quot;%1&quot; has no address: give its &quot;%2&quot; (with a &quot;%3&quot;, or 40001-style), or its &quot;%4&quot; and &quot;%5&quot;</source>
        <translation>la variable &quot;%1&quot; n&apos;a pas d&apos;adresse : renseignez &quot;%2&quot; (avec &quot;%3&quot;, ou sous la forme 40001), ou bien &quot;%4&quot; et &quot;%5&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the address is in the %1 table, but the &quot;%2&quot; column says %3</source>
        <translation>l&apos;adresse est dans la table %1, mais la colonne &quot;%2&quot; indique %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a variable named &quot;%1&quot; is already in the project</source>
        <translation>une variable nommée &quot;%1&quot; existe déjà dans le projet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is already the name of row %2</source>
        <translation>&quot;%1&quot; est déjà le nom de la ligne %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is already the name of sheet &quot;%2&quot;, row %3</source>
        <translation>&quot;%1&quot; est déjà le nom de la feuille &quot;%2&quot;, ligne %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is given another value on row %2: rows of one %3 must agree</source>
        <translation>%1 reçoit une autre valeur à la ligne %2 : les lignes concernant %3 doivent concorder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already in the project with another &quot;%2&quot;: an import adds to it but does not change it (edit it in the project instead)</source>
        <translation>%1 existe déjà dans le projet avec une autre valeur de &quot;%2&quot; : un import complète l&apos;existant sans le modifier (faites la modification dans le projet)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the row names no connection: add a &quot;%1&quot; column, or choose the connection to import into</source>
        <translation>la ligne n&apos;indique aucune liaison : ajoutez une colonne &quot;%1&quot;, ou choisissez la liaison dans laquelle importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the row names no connection and the project has %1: add a &quot;%2&quot; column, or choose the connection to import into</source>
        <translation>la ligne n&apos;indique aucune liaison et le projet en a %1 : ajoutez une colonne &quot;%2&quot;, ou choisissez la liaison dans laquelle importer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the connection &quot;%1&quot;</source>
        <translation>la liaison &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the row names no device of the connection &quot;%1&quot;: add a &quot;%2&quot; column, or choose the device to import into</source>
        <translation>la ligne n&apos;indique aucun équipement de la liaison &quot;%1&quot; : ajoutez une colonne &quot;%2&quot;, ou choisissez l&apos;équipement dans lequel importer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the device &quot;%1&quot;</source>
        <translation>l&apos;équipement &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the frame &quot;%1&quot; is new: give its &quot;%2&quot; and &quot;%3&quot; (or leave &quot;%4&quot; empty and give addresses, to have frames planned)</source>
        <translation>la trame &quot;%1&quot; est nouvelle : renseignez &quot;%2&quot; et &quot;%3&quot; (ou laissez &quot;%4&quot; vide et indiquez des adresses, pour que les trames soient planifiées)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the frame &quot;%1&quot;</source>
        <translation>la trame &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+166"/>
        <source>%1/%2: %3, %n variable(s)</source>
        <translation>
            <numerusform>%1/%2 : %3, %n variable</numerusform>
            <numerusform>%1/%2 : %3, %n variables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the project already has a %1: it is kept</source>
        <translation>le projet a déjà un champ %1 renseigné : il est conservé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the project already has %1 settings: they are kept</source>
        <translation>le projet a déjà des réglages %1 : ils sont conservés</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a project field (name, description, gateway, mqtt): the row is not imported</source>
        <translation>&quot;%1&quot; n&apos;est pas un champ du projet (name, description, gateway, mqtt) : la ligne n&apos;est pas importée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the calculated variable has no name</source>
        <translation>la variable calculée n&apos;a pas de nom</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the screen has no name</source>
        <translation>le synoptique n&apos;a pas de nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a screen named &quot;%1&quot; is already there</source>
        <translation>un synoptique nommé &quot;%1&quot; existe déjà</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no screen &quot;%1&quot;: add it to the project (or a Screens sheet) first</source>
        <translation>il n&apos;y a pas de synoptique &quot;%1&quot; : ajoutez-le d&apos;abord au projet (ou à une feuille Screens)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the element id is empty</source>
        <translation>l&apos;id de l&apos;élément est vide</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>sheet &quot;%1&quot;</source>
        <translation>feuille &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &quot;%1&quot;</source>
        <translation>colonne &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n équipement</numerusform>
            <numerusform>%n équipements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n frame(s), %1 planned</source>
        <translation>
            <numerusform>%n trame, dont %1 planifiée(s)</numerusform>
            <numerusform>%n trames, dont %1 planifiée(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calculated variable(s)</source>
        <translation>
            <numerusform>%n variable calculée</numerusform>
            <numerusform>%n variables calculées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n screen(s)</source>
        <translation>
            <numerusform>%n synoptique</numerusform>
            <numerusform>%n synoptiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n screen binding(s)</source>
        <translation>
            <numerusform>%n animation de synoptique</numerusform>
            <numerusform>%n animations de synoptique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n screen action(s)</source>
        <translation>
            <numerusform>%n action de synoptique</numerusform>
            <numerusform>%n actions de synoptique</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectTreeModel</name>
    <message>
        <source>Modbus TCP %1:%2</source>
        <translation type="vanished">Modbus TCP %1:%2</translation>
    </message>
    <message>
        <source>Modbus RTU %1 %2 baud</source>
        <translation type="vanished">Modbus RTU %1 %2 bauds</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="vanished">Simulation</translation>
    </message>
    <message>
        <source>%1 ms, %2, station %3</source>
        <translation type="vanished">%1 ms, %2, esclave %3</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="vanished">%1 %2–%3</translation>
    </message>
    <message>
        <source>, every %1 scans</source>
        <translation type="vanished">, toutes les %1 scrutations</translation>
    </message>
    <message>
        <source>, write-only</source>
        <translation type="vanished">, écriture seule</translation>
    </message>
    <message>
        <source> @ %1</source>
        <translation type="vanished"> @ %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="vanished">Détails</translation>
    </message>
</context>
<context>
    <name>Vigie::Quality</name>
    <message>
        <location filename="../src/core/tags/tagvalue.cpp" line="+21"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertain</source>
        <translation>Incertaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mauvaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>Figée</translation>
    </message>
</context>
<context>
    <name>Vigie::ReplanDialog</name>
    <message>
        <location filename="../src/app/editor/replandialog.cpp" line="+37"/>
        <source>Re-plan the frames of &quot;%1&quot;</source>
        <translation>Replanifier les trames de &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frames are planned again from the addresses of the variables: neighbours are read together when few addresses lie between them. Frames polled differently (scan time factor, minutes offset, delay) are planned apart.</source>
        <translation>Les trames sont replanifiées à partir des adresses des variables : des variables voisines sont lues ensemble quand peu d&apos;adresses les séparent. Les trames scrutées différemment (facteur de période, décalage en minutes, délai) sont planifiées à part.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frame now</source>
        <translation>Trame actuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>&amp;Remove the %n variable(s) left out from the device</source>
        <translation>
            <numerusform>&amp;Supprimer de l&apos;équipement la %n variable écartée</numerusform>
            <numerusform>&amp;Supprimer de l&apos;équipement les %n variables écartées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read requests per cycle: %1 now, %2 re-planned.</source>
        <translation>Requêtes de lecture par cycle : %1 actuellement, %2 après replanification.</translation>
    </message>
</context>
<context>
    <name>Vigie::RuntimeApp</name>
    <message>
        <location filename="../src/runtime/runtimeapp.cpp" line="+236"/>
        <source>Runs a Vigie project without a screen: polls its devices and prints their values.</source>
        <translation>Exécute un projet Vigie sans interface graphique : interroge ses équipements et affiche leurs valeurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project file (*.vigie.json).</source>
        <translation>Le fichier projet (*.vigie.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validate the project, print every problem and exit (status 1 if there is any error).</source>
        <translation>Valider le projet, afficher tous les problèmes et quitter (code de sortie 1 s&apos;il y a une erreur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every readable frame once, print each variable and exit.</source>
        <translation>Lire une fois chaque trame lisible, afficher chaque variable et quitter.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>vigie-runtime: --write: no answer in time to %1</source>
        <translation>vigie-runtime : --write : pas de réponse à temps pour %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>vigie-runtime: --eval: %1</source>
        <translation>vigie-runtime : --eval : %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tag is named &quot;%1&quot;</source>
        <translation>aucune variable ne s&apos;appelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>vigie-runtime: cannot read standard input: %1</source>
        <translation>vigie-runtime : impossible de lire l&apos;entrée standard : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+126"/>
        <source>vigie-runtime: --set-secret: %1</source>
        <translation>vigie-runtime : --set-secret : %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>vigie-runtime: the secret &quot;%1&quot; is stored in the keychain</source>
        <translation>vigie-runtime : le secret &quot;%1&quot; est enregistré dans le trousseau</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stop after this many seconds (default: run until SIGINT, SIGTERM or SIGHUP).</source>
        <translation>S&apos;arrêter après ce nombre de secondes (par défaut : tourner jusqu&apos;à SIGINT, SIGTERM ou SIGHUP).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Output format: table or jsonl (one JSON object per line).</source>
        <translation>Format de sortie : table ou jsonl (un objet JSON par ligne).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write VALUE to the tag NAME (true/false for a Bool, a number, or text), wait for the answer and print it; repeat for several writes, done in order. Exit status 0 if all were acknowledged, 1 if any was refused or failed.</source>
        <translation>Écrire VALEUR dans la variable NOM (true/false pour un Bool, un nombre ou du texte), attendre la réponse et l&apos;afficher ; répéter l&apos;option pour plusieurs écritures, faites dans l&apos;ordre. Code de sortie 0 si toutes ont été confirmées, 1 si l&apos;une a été refusée ou a échoué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME=VALUE</source>
        <translation>NOM=VALEUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every readable frame once, then print the value of FORMULA over the tags (see docs/formulas.md), or its error with the place; exit status 1 if the formula is wrong or its value is Bad.</source>
        <translation>Lire une fois chaque trame lisible, puis afficher la valeur de FORMULE calculée sur les variables (voir docs/formulas.md), ou son erreur avec son emplacement ; code de sortie 1 si la formule est erronée ou si sa qualité est Mauvaise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FORMULA</source>
        <translation>FORMULE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the counters of every link and device at exit (requests, timeouts, errors, round trips).</source>
        <translation>Afficher à la sortie les compteurs de chaque liaison et de chaque équipement (requêtes, délais dépassés, erreurs, temps aller-retour).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also print them every this many seconds.</source>
        <translation>Les afficher aussi à cet intervalle, en secondes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store in the OS keychain, under REFERENCE, the user name and password read on standard input (the user name on the first line, the password on the second), as a project&apos;s mqtt.secret refers to them; no project file is needed.</source>
        <translation>Enregistrer dans le trousseau du système, sous RÉFÉRENCE, le nom d&apos;utilisateur et le mot de passe lus sur l&apos;entrée standard (le nom d&apos;utilisateur sur la première ligne, le mot de passe sur la seconde), tels que le champ mqtt.secret d&apos;un projet y fait référence ; aucun fichier projet n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REFERENCE</source>
        <translation>RÉFÉRENCE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the tags (and frames, calculated variables, screens, bindings) of FILE (.xlsx or .csv) into the project given with --into, which is created if it does not exist; frames are planned from the addresses. Prints what was added and every row error; on any error nothing is changed and the exit status is 1 (see docs/import.md).</source>
        <translation>Importer les variables (ainsi que les trames, variables calculées, synoptiques et animations) de FICHIER (.xlsx ou .csv) dans le projet indiqué par --into, créé s&apos;il n&apos;existe pas ; les trames sont planifiées à partir des adresses. Affiche ce qui a été ajouté et chaque erreur de ligne ; en cas d&apos;erreur, rien n&apos;est modifié et le code de sortie est 1 (voir docs/import.md).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The project file --import adds to.</source>
        <translation>Le fichier projet que --import complète.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>PROJECT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>--import: read only this sheet of the workbook.</source>
        <translation>--import : ne lire que cette feuille du classeur.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>--import: read the column HEADER as FIELD (name, address, table, dataType, scale, unit… or ignore), over the headers recognised; repeat for several columns.</source>
        <translation>--import : lire la colonne EN-TÊTE comme CHAMP (name, address, table, dataType, scale, unit… ou ignore), en priorité sur les en-têtes reconnus ; répéter l&apos;option pour plusieurs colonnes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HEADER=FIELD</source>
        <translation>EN-TÊTE=CHAMP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--import: the connection of rows that name none (created as Modbus TCP if new).</source>
        <translation>--import : la liaison des lignes qui n&apos;en indiquent pas (créée en Modbus TCP si elle est nouvelle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--import: the device of rows that name none.</source>
        <translation>--import : l&apos;équipement des lignes qui n&apos;en indiquent pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the project PROJECT to the file given with --to: .xlsx (a sheet per level of the tree, and the rest of the project) or .csv (the tree in one sheet).</source>
        <translation>Écrire le projet PROJET dans le fichier indiqué par --to : .xlsx (une feuille par niveau de l&apos;arborescence, plus le reste du projet) ou .csv (l&apos;arborescence sur une seule feuille).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file --export writes.</source>
        <translation>Le fichier écrit par --export.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vigie-runtime: %1 (see --help)</source>
        <translation>vigie-runtime : %1 (voir --help)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>vigie-runtime: --set-secret goes alone: give the secret on standard input, not on the command line</source>
        <translation>vigie-runtime : --set-secret s&apos;emploie seul : donnez le secret sur l&apos;entrée standard, pas sur la ligne de commande</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>vigie-runtime: --import goes with --into PROJECT (and --sheet, --map, --connection, --device) only</source>
        <translation>vigie-runtime : --import s&apos;emploie uniquement avec --into PROJET (et --sheet, --map, --connection, --device)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vigie-runtime: --%1 does not go with --import</source>
        <translation>vigie-runtime : --%1 ne s&apos;emploie pas avec --import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vigie-runtime: --import needs --into PROJECT, the project file to add to</source>
        <translation>vigie-runtime : --import exige --into PROJET, le fichier projet à compléter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vigie-runtime: --device needs --connection, the connection it is on</source>
        <translation>vigie-runtime : --device exige --connection, la liaison de l&apos;équipement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vigie-runtime: --map: &quot;%1&quot; is not HEADER=FIELD</source>
        <translation>vigie-runtime : --map : &quot;%1&quot; n&apos;est pas de la forme EN-TÊTE=CHAMP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vigie-runtime: --%1 goes with --import</source>
        <translation>vigie-runtime : --%1 s&apos;emploie avec --import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vigie-runtime: --export PROJECT goes with --to FILE only</source>
        <translation>vigie-runtime : --export PROJET s&apos;emploie uniquement avec --to FICHIER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vigie-runtime: --to goes with --export</source>
        <translation>vigie-runtime : --to s&apos;emploie avec --export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vigie-runtime: give exactly one project file (see --help)</source>
        <translation>vigie-runtime : indiquez exactement un fichier projet (voir --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vigie-runtime: --format: &quot;%1&quot; is not table or jsonl</source>
        <translation>vigie-runtime : --format : &quot;%1&quot; n&apos;est ni table ni jsonl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vigie-runtime: --duration: &quot;%1&quot; is not a number of seconds</source>
        <translation>vigie-runtime : --duration : &quot;%1&quot; n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vigie-runtime: --duration: &quot;%1&quot; is negative; give 0 or more seconds</source>
        <translation>vigie-runtime : --duration : &quot;%1&quot; est négatif ; indiquez 0 seconde ou plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vigie-runtime: --duration: &quot;%1&quot; is more than ten years; leave --duration out to run until stopped</source>
        <translation>vigie-runtime : --duration : &quot;%1&quot; dépasse dix ans ; omettez --duration pour tourner jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vigie-runtime: --write: &quot;%1&quot; is not NAME=VALUE</source>
        <translation>vigie-runtime : --write : &quot;%1&quot; n&apos;est pas de la forme NOM=VALEUR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vigie-runtime: --stats-every: &quot;%1&quot; is not a number of seconds from 0.1 to 86400</source>
        <translation>vigie-runtime : --stats-every : &quot;%1&quot; n&apos;est pas un nombre de secondes de 0.1 à 86400</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vigie-runtime: --check, --once, --write and --eval go alone; give one of them</source>
        <translation>vigie-runtime : --check, --once, --write et --eval s&apos;emploient seuls ; n&apos;en donnez qu&apos;un</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vigie-runtime: --eval: give a formula</source>
        <translation>vigie-runtime : --eval : indiquez une formule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vigie-runtime: --eval reads once; leave --duration out</source>
        <translation>vigie-runtime : --eval lit une seule fois ; omettez --duration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vigie-runtime: --write ends when its writes are answered; leave --duration out</source>
        <translation>vigie-runtime : --write se termine quand ses écritures ont reçu une réponse ; omettez --duration</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1 : %n erreur</numerusform>
            <numerusform>%1 : %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vigie-runtime: %1 is not valid; nothing was started (run with --check for the list)</source>
        <translation>vigie-runtime : %1 n&apos;est pas valide ; rien n&apos;a été démarré (lancez avec --check pour la liste)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>vigie-runtime: %1</source>
        <translation>vigie-runtime : %1</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>vigie-runtime: --once did not finish in time; values so far:</source>
        <translation>vigie-runtime : --once ne s&apos;est pas terminé à temps ; valeurs obtenues jusqu&apos;ici :</translation>
    </message>
</context>
<context>
    <name>Vigie::ScreenPanel</name>
    <message>
        <location filename="../src/app/screens/screenpanel.cpp" line="+31"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up</source>
        <translation>Remonter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent screen</source>
        <translation>Le synoptique parent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screens</source>
        <translation>Synoptiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the drawing (0)</source>
        <translation>Ajuster le dessin à la vue (0)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no screen named %1.</source>
        <translation>Il n&apos;y a pas de synoptique nommé %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The screen %1 cannot be shown: %2</source>
        <translation>Le synoptique %1 ne peut pas être affiché : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some bindings of %1 are left out:
%2</source>
        <translation>Certaines animations de %1 sont ignorées :
%2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>There is no tag named %1.</source>
        <translation>Il n&apos;y a pas de variable nommée %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="vanished">%1 ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>Nothing runs: %1 cannot be written now.</source>
        <translation type="vanished">Acquisition arrêtée : %1 ne peut pas être écrite pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 cannot be switched now.</source>
        <translation type="vanished">%1 ne peut pas être basculée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Switch %1</source>
        <translation>Basculer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch %1 from %2 to %3?</source>
        <translation>Basculer %1 de %2 à %3 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 sent.</source>
        <translation>%1 : %2 envoyé.</translation>
    </message>
</context>
<context>
    <name>Vigie::ScreenView</name>
    <message>
        <location filename="../src/app/screens/screenview.cpp" line="+292"/>
        <source>Not to be trusted:</source>
        <translation>Valeur non fiable :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens %1</source>
        <translation>Ouvre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes %1</source>
        <translation>Écrit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switches %1</source>
        <translation>Bascule %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows %1</source>
        <translation>Affiche %1</translation>
    </message>
</context>
<context>
    <name>Vigie::Screens</name>
    <message>
        <location filename="../src/core/screens/screenbindingset.cpp" line="+43"/>
        <source>%1 names no attribute: write eg.&lt;element id&gt;.&lt;attribute&gt;, such as eg.pump.fill</source>
        <translation>%1 ne désigne aucun attribut : écrivez eg.&lt;id de l&apos;élément&gt;.&lt;attribut&gt;, par exemple eg.pump.fill</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+98"/>
        <location filename="../src/core/screens/screencheck.cpp" line="+35"/>
        <source>%1: the drawing has no element &quot;%2&quot;</source>
        <translation>%1 : le dessin n&apos;a pas d&apos;élément &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 of &quot;%2&quot;</source>
        <translation>%1 de &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>%1 is not a colour (&quot;#rrggbb&quot; or a name)</source>
        <translation>%1 n&apos;est pas une couleur (&quot;#rrggbb&quot; ou un nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not evaluated yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="vanished">impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="vanished">%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <location filename="../src/core/screens/screencheck.cpp" line="+39"/>
        <location line="+18"/>
        <source>%1 has no element &quot;%2&quot;</source>
        <translation>%1 n&apos;a pas d&apos;élément &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/core/screens/svgdocumentreader.cpp" line="+133"/>
        <source>byte 0x%1 is not UTF-8: save the drawing as UTF-8, or declare its encoding in the XML declaration</source>
        <translation>l&apos;octet 0x%1 n&apos;est pas de l&apos;UTF-8 : enregistrez le dessin en UTF-8, ou déclarez son encodage dans la déclaration XML</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>elements are nested more than %1 levels deep</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the root element &lt;svg&gt; is not in the SVG namespace (add xmlns=&quot;http://www.w3.org/2000/svg&quot;)</source>
        <translation>l&apos;élément racine &lt;svg&gt; n&apos;est pas dans l&apos;espace de noms SVG (ajoutez xmlns=&quot;http://www.w3.org/2000/svg&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root element is &lt;%1&gt;, not an SVG &lt;svg&gt;</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, pas un &lt;svg&gt; SVG</translation>
    </message>
    <message>
        <location filename="../src/core/screens/svgsupport.cpp" line="+72"/>
        <source>%1 is a foreignObject: QtSvg 6.4 does not draw foreign content</source>
        <translation>%1 est un foreignObject : QtSvg 6.4 ne dessine pas le contenu étranger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is flowed text (flowRoot): QtSvg 6.4 draws its frame in black and not its text; in Inkscape, use Text &gt; Convert to Text</source>
        <translation>%1 est un texte encadré (flowRoot) : QtSvg 6.4 dessine son cadre en noir et pas son texte ; dans Inkscape, utilisez Texte &gt; Convertir en texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 puts text on a path: QtSvg 6.4 does not draw text on a path</source>
        <translation>%1 place du texte sur un chemin : QtSvg 6.4 ne dessine pas le texte sur un chemin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is an svg inside the drawing: QtSvg 6.4 ignores its position, size and viewBox</source>
        <translation>%1 est un svg imbriqué dans le dessin : QtSvg 6.4 ignore sa position, sa taille et sa viewBox</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 uses the marker &quot;%2&quot;: QtSvg 6.4 does not draw markers</source>
        <translation>%1 utilise le marqueur &quot;%2&quot; : QtSvg 6.4 ne dessine pas les marqueurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is clipped by &quot;%2&quot;: QtSvg 6.4 ignores clip paths and draws it whole</source>
        <translation>%1 est découpé par &quot;%2&quot; : QtSvg 6.4 ignore les chemins de découpe et le dessine en entier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 uses the mask &quot;%2&quot;: QtSvg 6.4 ignores masks and draws it unmasked</source>
        <translation>%1 utilise le masque &quot;%2&quot; : QtSvg 6.4 ignore les masques et le dessine sans masque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 uses the filter &quot;%2&quot;: QtSvg 6.4 ignores filters (blur, shadow…) and draws it without</source>
        <translation>%1 utilise le filtre &quot;%2&quot; : QtSvg 6.4 ignore les filtres (flou, ombre…) et le dessine sans</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the %1 of %2 is the pattern &quot;%3&quot;: QtSvg 6.4 does not paint patterns</source>
        <translation>la propriété %1 de %2 est le motif &quot;%3&quot; : QtSvg 6.4 ne peint pas les motifs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the stroke of %1 is &quot;%2&quot;: QtSvg 6.4 does not draw this colour (use #rrggbb and stroke-opacity)</source>
        <translation>le contour (stroke) de %1 est &quot;%2&quot; : QtSvg 6.4 ne dessine pas cette couleur (utilisez #rrggbb et stroke-opacity)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 of %2 is &quot;%3&quot;: QtSvg 6.4 draws this colour black (use #rrggbb and an opacity)</source>
        <translation>la propriété %1 de %2 est &quot;%3&quot; : QtSvg 6.4 dessine cette couleur en noir (utilisez #rrggbb et une opacité)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the stop-color of %1 is &quot;%2&quot;: QtSvg 6.4 draws this colour black (use #rrggbb and stop-opacity)</source>
        <translation>la propriété stop-color de %1 est &quot;%2&quot; : QtSvg 6.4 dessine cette couleur en noir (utilisez #rrggbb et stop-opacity)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gradient %1 inherits from &quot;%2&quot; through href: QtSvg 6.4 only follows xlink:href</source>
        <translation>le dégradé %1 hérite de &quot;%2&quot; par href : QtSvg 6.4 ne suit que xlink:href</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 places lines or parts with tspan positions: QtSvg 6.4 ignores them and runs the text together on one line</source>
        <translation>%1 place des lignes ou des parties par des positions de tspan : QtSvg 6.4 les ignore et met tout le texte bout à bout sur une ligne</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 shows the symbol &quot;%2&quot;: QtSvg 6.4 does not draw symbols</source>
        <translation>%1 affiche le symbole &quot;%2&quot; : QtSvg 6.4 ne dessine pas les symboles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the style sheet %1 uses the colour &quot;%2&quot;: QtSvg 6.4 does not understand it (use #rrggbb and an opacity)</source>
        <translation>la feuille de style %1 utilise la couleur &quot;%2&quot; : QtSvg 6.4 ne la comprend pas (utilisez #rrggbb et une opacité)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a %1 element</source>
        <translation>un élément %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>element &quot;%1&quot;</source>
        <translation>l&apos;élément &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::SecretStore</name>
    <message>
        <location filename="../src/core/secrets/credentials.cpp" line="+30"/>
        <source>the keychain entry was not written by Vigie (it holds no user name and password): set it again</source>
        <translation>l&apos;entrée du trousseau n&apos;a pas été écrite par Vigie (elle ne contient ni nom d&apos;utilisateur ni mot de passe) : définissez-la à nouveau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>nothing was read on standard input: give the user name on the first line and the password on the second</source>
        <translation>rien n&apos;a été lu sur l&apos;entrée standard : donnez le nom d&apos;utilisateur sur la première ligne et le mot de passe sur la seconde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 lines were read on standard input, but a secret is at most two: the user name, then the password</source>
        <translation>%1 lignes ont été lues sur l&apos;entrée standard, mais un secret en compte au plus deux : le nom d&apos;utilisateur, puis le mot de passe</translation>
    </message>
    <message>
        <location filename="../src/core/secrets/secretstore.cpp" line="+34"/>
        <source>the secret&apos;s reference is empty</source>
        <translation>la référence du secret est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the secret&apos;s reference holds a line break</source>
        <translation>la référence du secret contient un saut de ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the secret&apos;s reference is %1 characters long; at most 200</source>
        <translation>la référence du secret fait %1 caractères ; 200 au maximum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain holds no secret &quot;%1&quot;</source>
        <translation>le trousseau ne contient pas de secret &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keychain is available (on Linux, a Secret Service such as gnome-keyring or KWallet must run in the session): %1</source>
        <translation>aucun trousseau n&apos;est disponible (sous Linux, un Secret Service comme gnome-keyring ou KWallet doit tourner dans la session) : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keychain refused access to the secret &quot;%1&quot;: %2</source>
        <translation>le trousseau a refusé l&apos;accès au secret &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain failed on the secret &quot;%1&quot;: %2</source>
        <translation>le trousseau a échoué sur le secret &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>secret &quot;%1&quot;: %2</source>
        <translation>secret &quot;%1&quot; : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::SimulationTransport</name>
    <message>
        <location filename="../src/core/acquisition/simulationtransport.cpp" line="+86"/>
        <source>%1 addresses cannot be written</source>
        <translation>les adresses %1 ne peuvent pas être écrites</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the simulation is not running</source>
        <translation>la simulation n&apos;est pas en marche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no simulated device %1</source>
        <translation>pas d&apos;équipement simulé %1</translation>
    </message>
</context>
<context>
    <name>Vigie::Snapshot</name>
    <message>
        <location filename="../src/app/snapshot.cpp" line="+46"/>
        <source>%1 has errors:
%2</source>
        <translation>%1 contient des erreurs :
%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no screens</source>
        <translation>%1 n&apos;a pas de synoptique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no screen is named &quot;%1&quot; (the project has: %2)</source>
        <translation>aucun synoptique ne s&apos;appelle &quot;%1&quot; (le projet contient : %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the devices were not all read within %1 s</source>
        <translation>les équipements n&apos;ont pas tous été lus en %1 s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::Station</name>
    <message>
        <location filename="../src/core/station.cpp" line="+180"/>
        <source>acquisition stopped</source>
        <translation>acquisition arrêtée</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+32"/>
        <source>acquisition stopped before it was sent</source>
        <translation>acquisition arrêtée avant l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>Vigie::StatsPrinter</name>
    <message>
        <location filename="../src/runtime/statsprinter.cpp" line="+27"/>
        <source>%1 requests, %2 good, %3 timeouts, %4 exceptions, %5 other errors, round trip %6 ms mean / %7 ms p99</source>
        <translation>%1 requêtes, %2 bonnes, %3 délais dépassés, %4 exceptions, %5 autres erreurs, aller-retour %6 ms moyen / %7 ms p99</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, %1 skipped cycles</source>
        <translation>, %1 cycles sautés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; last error at %1: %2</source>
        <translation>; dernière erreur à %1 : %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Statistics at %1</source>
        <translation>Statistiques à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link &quot;%1&quot; (%2): %3, %4 reconnection(s); %5</source>
        <translation>liaison &quot;%1&quot; (%2) : %3, %4 reconnexion(s) ; %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  device &quot;%1&quot;: %2; %3</source>
        <translation>  équipement &quot;%1&quot; : %2 ; %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>mqtt %1: %2; %3 queued (%4 kB), %5 messages sent (%6 live metrics, %7 historical), %8 dropped, %9 births</source>
        <translation>mqtt %1 : %2 ; %3 en file d&apos;attente (%4 kB), %5 messages envoyés (%6 métriques en direct, %7 historiques), %8 perdus, %9 BIRTH</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; last error: %1</source>
        <translation>; dernière erreur : %1</translation>
    </message>
</context>
<context>
    <name>Vigie::TagCatalog</name>
    <message>
        <location filename="../src/core/tags/tagcatalog.cpp" line="+194"/>
        <source>the calculated variable &quot;%1&quot; has the name of a system tag, so it is not created: rename it</source>
        <translation>la variable calculée &quot;%1&quot; porte le nom d&apos;une variable système, elle n&apos;est donc pas créée : renommez-la</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the variable &quot;%1&quot; has the name of a system tag, which is not created: rename the variable</source>
        <translation>la variable &quot;%1&quot; porte le nom d&apos;une variable système, qui n&apos;est donc pas créée : renommez la variable</translation>
    </message>
</context>
<context>
    <name>Vigie::TagTable</name>
    <message>
        <location filename="../src/core/tags/tagtable.cpp" line="+57"/>
        <source>not read yet</source>
        <translation>pas encore lue</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>not refreshed for %1 s (expected within %2 s)</source>
        <translation>non rafraîchie depuis %1 s (attendue sous %2 s)</translation>
    </message>
</context>
<context>
    <name>Vigie::TagTableModel</name>
    <message>
        <location filename="../src/app/tagtablemodel.cpp" line="+147"/>
        <location line="+97"/>
        <location line="+31"/>
        <source>RW</source>
        <translation>L/E</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+100"/>
        <source>R</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Double-click or Enter to write a value</source>
        <translation>Double-clic ou Entrée pour écrire une valeur</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setpoint</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Vigie::ValueCodec</name>
    <message>
        <location filename="../src/core/acquisition/valuecodec.cpp" line="+95"/>
        <source>scaling %1 gives no number (not a number)</source>
        <translation>la mise à l&apos;échelle de %1 ne donne pas de nombre (pas un nombre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scaling %1 gives a value too large for a Float32 (beyond ±3.4e38)</source>
        <translation>la mise à l&apos;échelle de %1 donne une valeur trop grande pour un Float32 (au-delà de ±3.4e38)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scaling %1 gives a value too large for a number (beyond ±1.8e308)</source>
        <translation>la mise à l&apos;échelle de %1 donne une valeur trop grande pour un nombre (au-delà de ±1.8e308)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a String needs a length of at least 1, not %1</source>
        <translation>un String exige une longueur d&apos;au moins 1, pas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>bit %1 is outside 0–15: a register has 16 bits</source>
        <translation>le bit %1 est hors de la plage 0–15 : un registre a 16 bits</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the reply holds %1 words; the variable needs words %2–%3</source>
        <translation>la réponse contient %1 mots ; la variable exige les mots %2–%3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the device sent %1, not a number</source>
        <translation>l&apos;équipement a envoyé %1, pas un nombre</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not on/off (true, false, 1 or 0)</source>
        <translation>%1 n&apos;est pas un état marche/arrêt (true, false, 1 ou 0)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a %1 cannot be written to a bit</source>
        <translation>un %1 ne peut pas être écrit dans un bit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a String holds 1–%1 characters, not %2</source>
        <translation>un String contient 1–%1 caractères, pas %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is longer than %2 bytes</source>
        <translation>&quot;%1&quot; dépasse %2 octets</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 does not fit a %2</source>
        <translation>%1 ne tient pas dans un %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gives no finite raw value: (%1 − %2) ÷ %3 is %4</source>
        <translation>%1 ne donne pas de valeur brute finie : (%1 − %2) ÷ %3 vaut %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not fit a %2 (raw value %3)</source>
        <translation>%1 ne tient pas dans un %2 (valeur brute %3)</translation>
    </message>
</context>
<context>
    <name>Vigie::VariableDialog</name>
    <message>
        <location filename="../src/app/editor/variabledialog.cpp" line="+21"/>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp</source>
        <translation>Rampe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random walk</source>
        <translation>Marche aléatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Simulated signal</source>
        <translation>Signal simulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal waveform</source>
        <translation>Forme d&apos;onde du signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal period</source>
        <translation>Période du signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal amplitude</source>
        <translation>Amplitude du signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal offset</source>
        <translation>Décalage du signal</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>New variable</source>
        <translation>Nouvelle variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable &quot;%1&quot;</source>
        <translation>Variable &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::VariableFields</name>
    <message>
        <location filename="../src/core/document/variablefields.cpp" line="+180"/>
        <source>%1 is not a field that can be set on several variables at once</source>
        <translation>%1 n&apos;est pas un champ modifiable sur plusieurs variables à la fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a text</source>
        <translation>%1 n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is outside 0–10</source>
        <translation>%1 est hors de 0–10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not one of %2</source>
        <translation>%1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is neither true nor false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
</context>
<context>
    <name>Vigie::WriteDialog</name>
    <message>
        <location filename="../src/app/writedialog.cpp" line="+16"/>
        <source>There is no such tag.</source>
        <translation>Cette variable n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is read-only.</source>
        <translation>%1 est en lecture seule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquisition is not running: %1 cannot be written now.</source>
        <translation>L&apos;acquisition est arrêtée : %1 ne peut pas être écrite pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Write %1</source>
        <translation>Écrire %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no minimum</source>
        <translation>pas de minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no maximum</source>
        <translation>pas de maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Write…</source>
        <translation>Écrire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write %1 to %2?
It reads %3 now.</source>
        <translation>Écrire %1 dans %2 ?
Valeur actuelle : %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 written to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not written (%1): %2</source>
        <translation>Non écrit (%1) : %2</translation>
    </message>
</context>
<context>
    <name>Vigie::WriteService</name>
    <message>
        <location filename="../src/core/writes/writerequest.cpp" line="+48"/>
        <source>unknown tag</source>
        <translation>variable inconnue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a %2 tag and cannot be written</source>
        <translation>%1 est une variable %2 et ne peut pas être écrite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calculated</source>
        <translation>calculée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is read-only</source>
        <translation>%1 est en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value given</source>
        <translation>aucune valeur indiquée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is below the minimum %2 %3</source>
        <translation>%1 est inférieur au minimum %2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is above the maximum %2 %3</source>
        <translation>%1 est supérieur au maximum %2 %3</translation>
    </message>
    <message>
        <location filename="../src/core/writes/writeservice.cpp" line="+50"/>
        <source>acquisition is not running</source>
        <translation>l&apos;acquisition est arrêtée</translation>
    </message>
</context>
<context>
    <name>Vigie::XlsxFile</name>
    <message>
        <location filename="../src/core/spreadsheet/xlsxfile.cpp" line="+74"/>
        <location filename="../src/core/spreadsheet/xlsxsheetreader.cpp" line="+127"/>
        <location line="+199"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../src/core/spreadsheet/xlsxwriter.cpp" line="+376"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxpackage.cpp" line="+47"/>
        <source>part %1 cannot be opened in the zip archive (zip error %2)</source>
        <translation>la partie %1 ne peut pas être ouverte dans l&apos;archive zip (erreur zip %2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>part %1 is damaged: its compressed data cannot be inflated (zip error %2)</source>
        <translation>la partie %1 est endommagée : ses données compressées ne peuvent pas être décompressées (erreur zip %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>part %1 is damaged: its checksum does not match (zip error %2)</source>
        <translation>la partie %1 est endommagée : sa somme de contrôle ne correspond pas (erreur zip %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>part %1 inflates to more than %2, the limit for one part: a zip bomb or a damaged file</source>
        <translation>la partie %1 dépasse %2 une fois décompressée, la limite pour une partie : bombe zip ou fichier endommagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the parts read inflate to more than %1 in all (the limit), at part %2: a zip bomb or a damaged file</source>
        <translation>les parties lues dépassent %1 au total une fois décompressées (la limite), à la partie %2 : bombe zip ou fichier endommagé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>part %1 holds a text or tag of more than %2, longer than any cell: a zip bomb or a damaged file</source>
        <translation>la partie %1 contient un texte ou une balise de plus de %2, plus long que toute cellule : bombe zip ou fichier endommagé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is an old .xls workbook, or a workbook protected by a password; save it from Excel as an .xlsx workbook without a password</source>
        <translation>c&apos;est un ancien classeur .xls, ou un classeur protégé par mot de passe ; enregistrez-le depuis Excel en classeur .xlsx sans mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not an .xlsx workbook (the file is not a zip archive)</source>
        <translation>ce n&apos;est pas un classeur .xlsx (le fichier n&apos;est pas une archive zip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is damaged or truncated: its zip directory cannot be read (zip error %1)</source>
        <translation>le fichier est endommagé ou tronqué : son répertoire zip est illisible (erreur zip %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is damaged: its zip directory cannot be read (zip error %1)</source>
        <translation>le fichier est endommagé : son répertoire zip est illisible (erreur zip %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>part %1 is missing from the zip archive</source>
        <translation>la partie %1 est absente de l&apos;archive zip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>part %1 cannot be found in the zip archive (zip error %2)</source>
        <translation>la partie %1 est introuvable dans l&apos;archive zip (erreur zip %2)</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxsharedstrings.cpp" line="+44"/>
        <source>more than %1 shared strings, the limit</source>
        <translation>plus de %1 chaînes partagées, la limite</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxsheetreader.cpp" line="-211"/>
        <source>row &quot;%1&quot;: not a row number</source>
        <translation>ligne &quot;%1&quot; : pas un numéro de ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>past the last row allowed (%1)</source>
        <translation>au-delà de la dernière ligne permise (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a cell reference</source>
        <translation>&quot;%1&quot; n&apos;est pas une référence de cellule</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>past the last column (%1) or row (%2) allowed</source>
        <translation>au-delà de la dernière colonne (%1) ou ligne (%2) permise</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>shared string &quot;%1&quot; does not exist (the workbook has %n shared strings)</source>
        <translation>
            <numerusform>la chaîne partagée &quot;%1&quot; n&apos;existe pas (le classeur a %n chaîne partagée)</numerusform>
            <numerusform>la chaîne partagée &quot;%1&quot; n&apos;existe pas (le classeur a %n chaînes partagées)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a boolean (0 or 1)</source>
        <translation>&quot;%1&quot; n&apos;est pas un booléen (0 ou 1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an ISO 8601 date</source>
        <translation>&quot;%1&quot; n&apos;est pas une date ISO 8601</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown cell type &quot;%1&quot;</source>
        <translation>type de cellule &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the sheets would hold more than %1 cells, the limit (a sparse cell far away counts every empty cell before it)</source>
        <translation>les feuilles contiendraient plus de %1 cellules, la limite (une cellule isolée très éloignée compte toutes les cellules vides qui la précèdent)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cell %1: %2</source>
        <translation>cellule %1 : %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <source>sheet &quot;%1&quot;: %2</source>
        <translation>feuille &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>sheet &quot;%1&quot;, %2</source>
        <translation>feuille &quot;%1&quot;, %2</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxstyles.cpp" line="+34"/>
        <source>more than %1 formats, the limit</source>
        <translation>plus de %1 formats, la limite</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxworkbook.cpp" line="+107"/>
        <source>part %1 is missing: this zip archive is not an Excel workbook</source>
        <translation>la partie %1 est absente : cette archive zip n&apos;est pas un classeur Excel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the workbook has more than %1 sheets, the limit</source>
        <translation>le classeur a plus de %1 feuilles, la limite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sheet &quot;%1&quot; refers to relationship &quot;%2&quot;, which %3 does not have</source>
        <translation>la feuille &quot;%1&quot; fait référence à la relation &quot;%2&quot;, absente de %3</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxwriter.cpp" line="-330"/>
        <source>a sheet has no name, which Excel requires</source>
        <translation>une feuille n&apos;a pas de nom, alors qu&apos;Excel l&apos;exige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet name &quot;%1&quot; has %2 characters, more than Excel&apos;s %3</source>
        <translation>le nom de feuille &quot;%1&quot; a %2 caractères, plus que les %3 permis par Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sheet name &quot;%1&quot; contains &quot;%2&quot;, which Excel does not allow in sheet names</source>
        <translation>le nom de feuille &quot;%1&quot; contient &quot;%2&quot;, interdit par Excel dans les noms de feuille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sheet name &quot;%1&quot; contains a control character</source>
        <translation>le nom de feuille &quot;%1&quot; contient un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet name &quot;%1&quot; starts or ends with an apostrophe, which Excel does not allow</source>
        <translation>le nom de feuille &quot;%1&quot; commence ou se termine par une apostrophe, ce qu&apos;Excel interdit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the workbook has no sheet; Excel needs at least one</source>
        <translation>le classeur n&apos;a aucune feuille ; Excel en exige au moins une</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>two sheets are named &quot;%1&quot; (Excel does not tell upper and lower case apart)</source>
        <translation>deux feuilles s&apos;appellent &quot;%1&quot; (Excel ne distingue pas majuscules et minuscules)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sheet &quot;%1&quot; has %2 rows, more than Excel&apos;s %3</source>
        <translation>la feuille &quot;%1&quot; a %2 lignes, plus que les %3 permises par Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sheet &quot;%1&quot; has %2 columns, more than Excel&apos;s %3</source>
        <translation>la feuille &quot;%1&quot; a %2 colonnes, plus que les %3 permises par Excel</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>cannot add %1 to the zip archive (zip error %2)</source>
        <translation>impossible d&apos;ajouter %1 à l&apos;archive zip (erreur zip %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1 into the zip archive (zip error %2)</source>
        <translation>impossible d&apos;écrire %1 dans l&apos;archive zip (erreur zip %2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+12"/>
        <source>cannot write the file: %1</source>
        <translation>impossible d&apos;écrire le fichier : %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>cannot create the zip archive (zip error %1)</source>
        <translation>impossible de créer l&apos;archive zip (erreur zip %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot finish the zip archive (zip error %1)</source>
        <translation>impossible de finaliser l&apos;archive zip (erreur zip %1)</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxxml.cpp" line="+58"/>
        <source>elements nest more than %1 deep</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a document type declaration (DTD), which no workbook part has</source>
        <translation>une déclaration de type de document (DTD), qu&apos;aucune partie de classeur ne contient</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>part %1, line %2: %3</source>
        <translation>partie %1, ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../ui/writedialog.ui" line="+9"/>
        <source>Write a value</source>
        <translation>Écrire une valeur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Now:</source>
        <translation>Actuellement :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last written:</source>
        <translation>Dernière écriture :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allowed:</source>
        <translation>Plage autorisée :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New value:</source>
        <translation>Nouvelle valeur :</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+22"/>
        <source>Vigie SCADA HMI</source>
        <translation>Vigie, IHM SCADA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project to open (*.vigie.json).</source>
        <translation>Projet à ouvrir (*.vigie.json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every device once, draw SCREEN with its bindings into the --output PNG file and exit (0, or 1 with the reason).</source>
        <translation>Lire une fois chaque équipement, dessiner SCREEN avec ses animations dans le fichier PNG --output et quitter (0, ou 1 avec la raison).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The snapshot&apos;s PNG file.</source>
        <translation>Le fichier PNG de l&apos;instantané.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snapshot&apos;s size in pixels (default: the drawing&apos;s).</source>
        <translation>La taille de l&apos;instantané en pixels (par défaut : celle du dessin).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--snapshot needs one project file</source>
        <translation>--snapshot exige un fichier projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--snapshot needs --output FILE.png</source>
        <translation>--snapshot exige --output FILE.png</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size %1: expected WIDTHxHEIGHT, such as 1280x800, each 1–16384</source>
        <translation>--size %1 : LARGEURxHAUTEUR attendu, par exemple 1280x800, chacun entre 1 et 16384</translation>
    </message>
</context>
</TS>
