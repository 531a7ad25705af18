<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../ui/bulkeditdialog.ui" line="+9"/>
        <source>Edit several variables</source>
        <translation>Editar varias variables</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;No value (clears the field)</source>
        <translation>&amp;Ningún valor (vacía el campo)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the project&apos;s rules say about the variables once changed.</source>
        <translation>Lo que dicen las reglas del proyecto sobre las variables una vez cambiadas.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.ui" line="+9"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a request may wait for its answer before it counts as failed.</source>
        <translation>Cuánto tiempo puede esperar una petición su respuesta antes de contar como fallida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Reintentos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra attempts before a frame goes Bad.</source>
        <translation>Intentos adicionales antes de que una trama pase a calidad mala.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modbus TCP</source>
        <translation>Modbus TCP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An IP address or a host name.</source>
        <translation>Una dirección IP o un nombre de host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TCP port, usually 502.</source>
        <translation>El puerto TCP, normalmente 502.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serial line (Modbus RTU)</source>
        <translation>Línea serie (Modbus RTU)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seria&amp;l port:</source>
        <translation>Puerto s&amp;erie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The serial device: /dev/ttyUSB0, COM3...</source>
        <translation>El dispositivo serie: /dev/ttyUSB0, COM3...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Baud rate:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Bd</source>
        <translation> Bd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;arity:</source>
        <translation>P&amp;aridad:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data b&amp;its:</source>
        <translation>B&amp;its de datos:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Stop bits:</source>
        <translation>&amp;Bits de parada:</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/credentialsdialog.ui" line="+9"/>
        <source>Broker credentials</source>
        <translation>Credenciales del broker</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../ui/devicedialog.ui" line="+9"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Scan time:</source>
        <translation>Período de &amp;escaneo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the device is read (at least 100 ms).</source>
        <translation>Cada cuánto se lee el dispositivo (como mínimo 100 ms).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan &amp;type:</source>
        <translation>&amp;Tipo de escaneo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Periodic: a cycle starts at a fixed rate. Fixed delay: the scan time is the pause after each cycle ends.</source>
        <translation>Periódico: cada ciclo empieza a un ritmo fijo. Retardo fijo: el período de escaneo es la pausa tras el final de cada ciclo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tation address:</source>
        <translation>Dirección de e&amp;sclavo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Modbus unit identifier (slave address) of the device.</source>
        <translation>El identificador de unidad Modbus (dirección de esclavo) del dispositivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Requests in flight:</source>
        <translation>&amp;Peticiones simultáneas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many requests may wait for an answer at once; many PLCs accept only one.</source>
        <translation>Cuántas peticiones pueden esperar respuesta a la vez; muchos PLC solo aceptan una.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepts &amp;Mask Write Register (FC22)</source>
        <translation>Admite &amp;Mask Write Register (FC22)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bit of a holding register is then written in one request, instead of a read-modify-write.</source>
        <translation>Así, un bit de un registro de retención se escribe en una sola petición, en lugar de una lectura-modificación-escritura.</translation>
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
        <translation>Valor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality:</source>
        <translation>Calidad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read at:</source>
        <translation>Hora de lectura:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits:</source>
        <translation>Límites:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last written:</source>
        <translation>Última escritura:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
</context>
<context>
    <name>FrameDialog</name>
    <message>
        <location filename="../ui/framedialog.ui" line="+9"/>
        <source>Frame</source>
        <translation>Trama</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Modbus table the frame reads: coils and discrete inputs hold bits, registers 16-bit words.</source>
        <translation>La tabla Modbus que lee la trama: las bobinas y las entradas discretas contienen bits; los registros, palabras de 16 bits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start address:</source>
        <translation>Dirección &amp;inicial:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first address read, 0-65535.</source>
        <translation>La primera dirección leída, 0-65535.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many addresses one request reads: at most 125 registers or 2000 bits.</source>
        <translation>Cuántas direcciones lee una petición: como máximo 125 registros o 2000 bits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Readable</source>
        <translation>&amp;Legible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Writable</source>
        <translation>&amp;Escribible</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan time &amp;factor:</source>
        <translation>&amp;Factor del período de escaneo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The frame is read every scan time of its device times this factor.</source>
        <translation>La trama se lee cada período de escaneo de su dispositivo multiplicado por este factor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Minutes offset:</source>
        <translation>Desfase en &amp;minutos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligns the reads on the wall clock: with a period of 60 min, an offset of 0 reads on the hour.</source>
        <translation>Alinea las lecturas con el reloj: con un período de 60 min, un desfase de 0 lee a las horas en punto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dela&amp;y after the frame:</source>
        <translation>&amp;Retardo tras la trama:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait after this frame before the next request.</source>
        <translation>Cuánto esperar tras esta trama antes de la siguiente petición.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.ui" line="+9"/>
        <source>Import tags</source>
        <translation>Importar variables</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connection for rows naming none:</source>
        <translation>&amp;Conexión para las filas que no indican ninguna:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An existing connection, or the name of a new one (created as Modbus TCP).</source>
        <translation>Una conexión existente o el nombre de una nueva (se crea como Modbus TCP).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Device for rows naming none:</source>
        <translation>&amp;Dispositivo para las filas que no indican ninguno:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Unused addresses a planned frame may read across:</source>
        <translation>Direcciones &amp;libres que puede abarcar una trama planificada:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a field to read the column as another field, or as nothing. The choice is remembered for sheets with the same headers.</source>
        <translation>Haga doble clic en un campo para leer la columna como otro campo, o como nada. La elección se recuerda para las hojas con los mismos encabezados.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Planned frames</source>
        <translation>Tramas planificadas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+9"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The language applies at the next start of Vigie.</source>
        <translation>El idioma se aplica en el próximo inicio de Vigie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Number format:</source>
        <translation>Formato de &amp;números:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How values are shown in the tag table and typed in the dialogs. Applies at once.</source>
        <translation>Cómo se muestran los valores en la tabla de variables y cómo se escriben en los diálogos. Se aplica de inmediato.</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../ui/replandialog.ui" line="+9"/>
        <source>Re-plan frames</source>
        <translation>Replanificar tramas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Largest &amp;gap:</source>
        <translation>&amp;Hueco máximo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unused addresses a frame may read across to save a request.</source>
        <translation>Direcciones sin usar que una trama puede abarcar para ahorrar una petición.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registers per &amp;request:</source>
        <translation>Registros por &amp;petición:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most registers one request reads (125 for Modbus; some PLCs want fewer).</source>
        <translation>El máximo de registros que lee una petición (125 en Modbus; algunos PLC piden menos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bits per request:</source>
        <translation>&amp;Bits por petición:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most coils or discrete inputs one request reads (2000 for Modbus).</source>
        <translation>El máximo de bobinas o entradas discretas que lee una petición (2000 en Modbus).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Frames now</source>
        <translation>Tramas actuales</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Frames re-planned</source>
        <translation>Tramas replanificadas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Variables left out</source>
        <translation>Variables excluidas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remove the variables left out from the device</source>
        <translation>&amp;Quitar del dispositivo las variables excluidas</translation>
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
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unique in the project; may hold spaces, accents and &quot;/&quot;.</source>
        <translation>Único en el proyecto; puede contener espacios, acentos y &quot;/&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engineering unit: °C, bar, m³/h...</source>
        <translation>La unidad de ingeniería: °C, bar, m³/h...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data t&amp;ype:</source>
        <translation>&amp;Tipo de datos:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offse&amp;t:</source>
        <translation>Despla&amp;zamiento:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the value starts in its frame: registers for a register frame, bits for a bit frame.</source>
        <translation>Dónde empieza el valor en su trama: en registros para una trama de registros, en bits para una trama de bits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bit:</source>
        <translation>&amp;Bit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Bool taken from one bit (0-15) of a register.</source>
        <translation>Un Bool tomado de un bit (0-15) de un registro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Length:</source>
        <translation>&amp;Longitud:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A String&apos;s length in characters, two per register.</source>
        <translation>La longitud de un String en caracteres, dos por registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Byte o&amp;rder:</source>
        <translation>Orden de b&amp;ytes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the bytes and words of the value are ordered: ABCD is Modbus&apos;s big-endian.</source>
        <translation>Cómo se ordenan los bytes y las palabras del valor: ABCD es el big-endian de Modbus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engineering value</source>
        <translation>Valor de ingeniería</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Escala:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value = raw × scale + offset.</source>
        <translation>Valor = bruto × escala + desplazamiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale o&amp;ffset:</source>
        <translation>Desplazamiento de es&amp;cala:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>M&amp;inimum:</source>
        <translation>&amp;Mínimo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The least an operator may write; read values below it are Uncertain.</source>
        <translation>Lo mínimo que puede escribir un operador; los valores leídos por debajo tienen calidad incierta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ma&amp;ximum:</source>
        <translation>Má&amp;ximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most an operator may write; read values above it are Uncertain.</source>
        <translation>Lo máximo que puede escribir un operador; los valores leídos por encima tienen calidad incierta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De&amp;adband:</source>
        <translation>B&amp;anda muerta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change smaller than this is not reported.</source>
        <translation>Un cambio menor que este no se notifica.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De&amp;cimals:</source>
        <translation>Dec&amp;imales:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many decimals an operator sees (0-10); unchecked: as read.</source>
        <translation>Cuántos decimales ve un operador (0-10); sin marcar: tal como se lee.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On t&amp;ext:</source>
        <translation>Texto para &amp;verdadero:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What a Bool reads when true (&quot;Running&quot;); empty: true.</source>
        <translation>Lo que muestra un Bool cuando es verdadero (&quot;En marcha&quot;); vacío: true.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Off text:</source>
        <translation>Texto para &amp;falso:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What a Bool reads when false (&quot;Stopped&quot;); empty: false.</source>
        <translation>Lo que muestra un Bool cuando es falso (&quot;Parado&quot;); vacío: false.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Writable</source>
        <translation>Esc&amp;ribible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An operator may write it.</source>
        <translation>Un operador puede escribirla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Published</source>
        <translation>&amp;Publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded to MQTT.</source>
        <translation>Se reenvía a MQTT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;mote write</source>
        <translation>Escritura rem&amp;ota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command from the cloud may write it; it must be writable and published.</source>
        <translation>Un comando desde la nube puede escribirla; debe ser escribible y publicada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Simulated si&amp;gnal</source>
        <translation>Señal &amp;simulada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wa&amp;veform:</source>
        <translation>Forma de on&amp;da:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amplitude:</source>
        <translation>Amplitud:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offset:</source>
        <translation>Desplazamiento:</translation>
    </message>
</context>
<context>
    <name>Vigie::AcquisitionEngine</name>
    <message>
        <location filename="../src/core/acquisition/acquisitionengine.cpp" line="+52"/>
        <source>acquisition stopped</source>
        <translation>adquisición detenida</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no %1 transport in this version of Vigie</source>
        <translation>esta versión de Vigie no tiene transporte %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>write-only frame: not read</source>
        <translation>trama de solo escritura: no se lee</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>cannot decode: %1</source>
        <translation>no se puede decodificar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a finite number after scaling</source>
        <translation>no es un número finito tras el escalado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>above max %1</source>
        <translation>por encima del máximo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below min %1</source>
        <translation>por debajo del mínimo %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>acquisition stopped before it was sent</source>
        <translation>adquisición detenida antes de enviarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no transport for %1</source>
        <translation>no hay transporte para %1</translation>
    </message>
</context>
<context>
    <name>Vigie::BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../src/app/editor/bulkeditdialog.cpp" line="+57"/>
        <source>Sets one field to the same value on the %n selected variable(s).</source>
        <translation>
            <numerusform>Establece un campo al mismo valor en la %n variable seleccionada.</numerusform>
            <numerusform>Establece un campo al mismo valor en las %n variables seleccionadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale offset</source>
        <translation>Desplazamiento de escala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadband</source>
        <translation>Banda muerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimals</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byte order</source>
        <translation>Orden de bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data type</source>
        <translation>Tipo de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writable</source>
        <translation>Escribible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote write</source>
        <translation>Escritura remota</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>None of the %n variable(s) will change.</source>
        <translation>
            <numerusform>%n variable: ninguna cambiará.</numerusform>
            <numerusform>%n variables: ninguna cambiará.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n variable(s) will change.</source>
        <translation>
            <numerusform>Variables que cambiarán: %1 de %n.</numerusform>
            <numerusform>Variables que cambiarán: %1 de %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change also affects %1: %2</source>
        <translation>Este cambio también afecta a %1: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::CellValues</name>
    <message>
        <location filename="../src/core/exchange/cellvalues.cpp" line="+58"/>
        <source>%1 is not a %2 (expected one of %3)</source>
        <translation>%1 no es válido como %2 (se esperaba uno de %3)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1 está fuera de %2–%3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not yes or no (yes/no, oui/non, sí/no, true/false, 1/0, R/RW)</source>
        <translation>%1 no es sí ni no (yes/no, oui/non, sí/no, true/false, 1/0, R/RW)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>data type</source>
        <translation>tipo de datos</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Modbus table</source>
        <translation>tabla Modbus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>byte order</source>
        <translation>orden de bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>protocol</source>
        <translation>protocolo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parity</source>
        <translation>paridad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>scan type</source>
        <translation>tipo de escaneo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waveform</source>
        <translation>forma de onda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>screen attribute</source>
        <translation>atributo de sinóptico</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>screen action</source>
        <translation>acción de sinóptico</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not a Modbus address (a number such as 100 with a Table column, or 40101-style, optionally with .bit)</source>
        <translation>%1 no es una dirección Modbus (un número como 100 con una columna Table, o al estilo 40101, con .bit opcional)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bit %1 in %2 is outside 0–15: a register has 16 bits</source>
        <translation>el bit %1 de %2 está fuera de 0–15: un registro tiene 16 bits</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the number after %2x is 1-based, 1–65536</source>
        <translation>%1: el número tras %2x empieza en 1, 1–65536</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>address %1 is outside 0–65535</source>
        <translation>la dirección %1 está fuera de 0–65535</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>address %1 does not say its table: add a Table column (Holding, Input, Coil, Discrete or 4x, 3x, 0x, 1x), or write it 40001-style</source>
        <translation>la dirección %1 no indica su tabla: añada una columna Table (Holding, Input, Coil, Discrete o 4x, 3x, 0x, 1x) o escríbala al estilo 40001</translation>
    </message>
</context>
<context>
    <name>Vigie::ColumnMappingModel</name>
    <message>
        <location filename="../src/app/editor/importissuemodel.cpp" line="+103"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
</context>
<context>
    <name>Vigie::ConnectionDialog</name>
    <message>
        <location filename="../src/app/editor/connectiondialog.cpp" line="+15"/>
        <source>Simulation</source>
        <translation>Simulación</translation>
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
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd</source>
        <translation>Impar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TCP host</source>
        <translation>Host TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port</source>
        <translation>Puerto TCP</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection &quot;%1&quot;</source>
        <translation>Conexión &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::CredentialsDialog</name>
    <message>
        <location filename="../src/app/mqtt/credentialsdialog.cpp" line="+16"/>
        <source>The broker %1 needs a user name and password, kept in this computer&apos;s keychain under &quot;%2&quot; (the project file holds only that name).
%3</source>
        <translation>El broker %1 necesita un nombre de usuario y una contraseña, guardados en el llavero de este equipo con el nombre &quot;%2&quot; (el archivo del proyecto solo contiene ese nombre).
%3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password: is empty; the broker needs one.</source>
        <translation>Contraseña: está vacía; el broker necesita una.</translation>
    </message>
</context>
<context>
    <name>Vigie::CsvFile</name>
    <message>
        <location filename="../src/core/spreadsheet/csvfile.cpp" line="+63"/>
        <source>the file is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;); save it as &quot;CSV UTF-8&quot; or &quot;CSV&quot; instead</source>
        <translation>el archivo es texto UTF-16 (&quot;Texto Unicode&quot; de Excel); guárdelo como &quot;CSV UTF-8&quot; o &quot;CSV&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a NUL byte: this is a binary file, not CSV text</source>
        <translation>un byte NUL: es un archivo binario, no texto CSV</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas no se cierra nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: no se puede abrir el archivo: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: no se puede escribir el archivo: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::DeviceDialog</name>
    <message>
        <location filename="../src/app/editor/devicedialog.cpp" line="+16"/>
        <source>Periodic</source>
        <translation>Periódico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed delay</source>
        <translation>Retardo fijo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mask Write</source>
        <translation>Mask Write</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New device</source>
        <translation>Nuevo dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device &quot;%1&quot;</source>
        <translation>Dispositivo &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::DiagnosticsDock</name>
    <message>
        <location filename="../src/app/diagnosticsdock.cpp" line="+20"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Select a device to see its last requests and replies.</source>
        <translation>Seleccione un dispositivo para ver sus últimas peticiones y respuestas.</translation>
    </message>
</context>
<context>
    <name>Vigie::DiagnosticsModel</name>
    <message>
        <location filename="../src/app/diagnosticsmodel.cpp" line="+192"/>
        <source>Up</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Caído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing off</source>
        <translation>En espera de reintento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1 link, %n reconnection(s) since start</source>
        <translation>
            <numerusform>Enlace %1, %n reconexión desde el inicio</numerusform>
            <numerusform>Enlace %1, %n reconexiones desde el inicio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Requests put on the wire since start (a retry counts again)</source>
        <translation>Peticiones enviadas a la línea desde el inicio (cada reintento cuenta de nuevo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests answered with data</source>
        <translation>Peticiones respondidas con datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests with no answer in time</source>
        <translation>Peticiones sin respuesta a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol exceptions answered by the device</source>
        <translation>Excepciones de protocolo devueltas por el dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad replies, link down, refused requests</source>
        <translation>Respuestas erróneas, enlace caído, peticiones rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll cycles lost because the previous one overran</source>
        <translation>Ciclos de sondeo perdidos porque el anterior se prolongó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean round trip since start, in milliseconds</source>
        <translation>Tiempo de ida y vuelta medio desde el inicio, en milisegundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>99th percentile of the round trip over the last %1 replies, in milliseconds</source>
        <translation>Percentil 99 del tiempo de ida y vuelta en las últimas %1 respuestas, en milisegundos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Buenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeouts</source>
        <translation>Tiempos agotados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other errors</source>
        <translation>Otros errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped cycles</source>
        <translation>Ciclos omitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean RTT (ms)</source>
        <translation>RTT medio (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99 RTT (ms)</source>
        <translation>RTT p99 (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error at</source>
        <translation>Hora del último error</translation>
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
        <translation>Modbus RTU %1 %2 baudios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ms, %2, station %3</source>
        <translation>%1 ms, %2, esclavo %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, every %1 scans</source>
        <translation>, cada %1 escaneos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, write-only</source>
        <translation>, solo escritura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> @ %1</source>
        <translation> @ %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Vigie::EditActions</name>
    <message>
        <location filename="../src/app/editactions.cpp" line="+32"/>
        <source>Add &amp;Connection</source>
        <translation>Añadir &amp;conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Device</source>
        <translation>Añadir d&amp;ispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Frame</source>
        <translation>Añadir &amp;trama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Variable</source>
        <translation>Añadir &amp;variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-plan &amp;Frames…</source>
        <translation>Replanificar tra&amp;mas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Selected &amp;Variables…</source>
        <translation>Editar variables seleccio&amp;nadas…</translation>
    </message>
</context>
<context>
    <name>Vigie::Editor</name>
    <message>
        <location filename="../src/editor/autosavefile.cpp" line="+30"/>
        <source>cannot write the autosave %1: %2</source>
        <translation>no se puede escribir la copia automática %1: %2</translation>
    </message>
    <message>
        <location filename="../src/editor/changenodefields.cpp" line="+46"/>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location filename="../src/editor/changeprojectfields.cpp" line="+21"/>
        <source>Change the project</source>
        <translation>Cambiar el proyecto</translation>
    </message>
    <message>
        <location filename="../src/editor/insertnode.cpp" line="+22"/>
        <location filename="../src/editor/projecteditor.cpp" line="+121"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location filename="../src/editor/movenode.cpp" line="+30"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <location filename="../src/editor/nodedefaults.cpp" line="+32"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Frame</source>
        <translation>Trama</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is no place for a new %2</source>
        <translation>%1 no admite un nodo nuevo de tipo %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project</source>
        <translation>el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>trama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the frame &quot;%1&quot; is full: a request reads at most %2 addresses</source>
        <translation>la trama &quot;%1&quot; está llena: una petición lee como máximo %2 direcciones</translation>
    </message>
    <message>
        <location filename="../src/editor/nodenames.cpp" line="+78"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <location filename="../src/editor/projecteditor.cpp" line="-64"/>
        <source>nothing is selected</source>
        <translation>no hay nada seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+356"/>
        <location line="+16"/>
        <source>%1 names no node</source>
        <translation>%1 no designa ningún nodo</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1: the name is empty</source>
        <translation>%1: el nombre está vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the name &quot;%2&quot; is already taken</source>
        <translation>%1: el nombre &quot;%2&quot; ya está en uso</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Duplicate %n node(s)</source>
        <translation>
            <numerusform>Duplicar %n nodo</numerusform>
            <numerusform>Duplicar %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Eliminar %n nodo</numerusform>
            <numerusform>Eliminar %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is already the first</source>
        <translation>%1 ya está en primera posición</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already the last</source>
        <translation>%1 ya está en última posición</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+114"/>
        <location line="+28"/>
        <location line="+15"/>
        <source>%1 is not a variable</source>
        <translation>%1 no es una variable</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>%1 is not a frame</source>
        <translation>%1 no es una trama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no row %2</source>
        <translation>%1 no tiene fila %2</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Move %n variable(s) to %1</source>
        <translation>
            <numerusform>Mover %n variable a %1</numerusform>
            <numerusform>Mover %n variables a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Change %1 of %n variable(s)</source>
        <translation>
            <numerusform>Cambiar %1 de %n variable</numerusform>
            <numerusform>Cambiar %1 de %n variables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: a formula cannot name &quot;%2&quot; (a name holding &apos;]&apos;, or starting or ending with a space)</source>
        <translation>%1: una fórmula no puede nombrar &quot;%2&quot; (un nombre que contiene &apos;]&apos; o que empieza o termina con un espacio)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rename %1 to %2 and %n usage(s)</source>
        <translation>
            <numerusform>Renombrar %1 como %2 y %n uso</numerusform>
            <numerusform>Renombrar %1 como %2 y %n usos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 is not a device</source>
        <translation>%1 no es un dispositivo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>re-planning %1 would leave out %n variable(s), the first &quot;%2&quot;: %3</source>
        <translation>
            <numerusform>replanificar %1 excluiría %n variable, &quot;%2&quot;: %3</numerusform>
            <numerusform>replanificar %1 excluiría %n variables, la primera &quot;%2&quot;: %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-plan the frames of %1</source>
        <translation>Replanificar las tramas de %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>insertion %1 at %2: %3</source>
        <translation>inserción %1 en %2: %3</translation>
    </message>
    <message>
        <location filename="../src/editor/removenode.cpp" line="+29"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation type="vanished">%1: &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="vanished">no es un número</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation type="vanished">es negativo</translation>
    </message>
    <message>
        <source>is not a whole number from 0 to %1</source>
        <translation type="vanished">no es un número entero de 0 a %1</translation>
    </message>
    <message>
        <source>is neither true nor false</source>
        <translation type="vanished">no es ni true ni false</translation>
    </message>
    <message>
        <source>is not one of %1</source>
        <translation type="vanished">no es ninguno de %1</translation>
    </message>
</context>
<context>
    <name>Vigie::ExchangeCommands</name>
    <message>
        <location filename="../src/runtime/exchangecommands.cpp" line="+48"/>
        <source>vigie-runtime: %1 has errors: fix them first (--check lists them); nothing was imported</source>
        <translation>vigie-runtime: %1 tiene errores: corríjalos primero (--check los muestra); no se importó nada</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>sheet &quot;%1&quot; (%2): header on row %3, %n row(s)</source>
        <translation>
            <numerusform>hoja &quot;%1&quot; (%2): encabezado en la fila %3, %n fila</numerusform>
            <numerusform>hoja &quot;%1&quot; (%2): encabezado en la fila %3, %n filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
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
        <translation>vigie-runtime: %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>vigie-runtime: nothing was imported</source>
        <translation>vigie-runtime: no se importó nada</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>vigie-runtime: %n error(s) in %1: %2 is not changed</source>
        <translation>
            <numerusform>vigie-runtime: %n error en %1: %2 no se modifica</numerusform>
            <numerusform>vigie-runtime: %n errores en %1: %2 no se modifica</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds nothing new: %2 is not changed</source>
        <translation>%1 no contiene nada nuevo: %2 no se modifica</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>created %1 with:</source>
        <translation>creado %1 con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to %1:</source>
        <translation>añadido a %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="vanished">
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation type="vanished">
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 planned</source>
        <translation type="vanished">
            <numerusform>%n trama, planificadas: %1</numerusform>
            <numerusform>%n tramas, planificadas: %1</numerusform>
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
            <numerusform>%n variable calculada</numerusform>
            <numerusform>%n variables calculadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s)</source>
        <translation type="vanished">
            <numerusform>%n sinóptico</numerusform>
            <numerusform>%n sinópticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screen binding(s)</source>
        <translation type="vanished">
            <numerusform>%n animación de sinóptico</numerusform>
            <numerusform>%n animaciones de sinóptico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screen action(s)</source>
        <translation type="vanished">
            <numerusform>%n acción de sinóptico</numerusform>
            <numerusform>%n acciones de sinóptico</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>planned frames:</source>
        <translation>tramas planificadas:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vigie-runtime: %1 has errors: nothing was exported</source>
        <translation>vigie-runtime: %1 tiene errores: no se exportó nada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exported %1 to %2</source>
        <translation>exportado %1 a %2</translation>
    </message>
</context>
<context>
    <name>Vigie::ExchangeFiles</name>
    <message>
        <location filename="../src/core/exchange/exchangefiles.cpp" line="+36"/>
        <source>%1: the old Excel format (.xls) is not read: save the sheet as .xlsx or CSV</source>
        <translation>%1: el antiguo formato de Excel (.xls) no se lee: guarde la hoja como .xlsx o CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a spreadsheet Vigie reads (.xlsx or .csv)</source>
        <translation>%1: no es una hoja de cálculo que Vigie lea (.xlsx o .csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: Vigie exports to .xlsx (every part of the project) or .csv (the tree)</source>
        <translation>%1: Vigie exporta a .xlsx (todas las partes del proyecto) o a .csv (el árbol)</translation>
    </message>
</context>
<context>
    <name>Vigie::FaceplateDialog</name>
    <message>
        <location filename="../src/app/screens/faceplatedialog.cpp" line="+17"/>
        <source>read from its device</source>
        <translation>leída de su dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculated from other tags</source>
        <translation>calculada a partir de otras variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the state of a link or device</source>
        <translation>el estado de un enlace o dispositivo</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min %1, max %2</source>
        <translation>mín. %1, máx. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write…</source>
        <translation>&amp;Escribir…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing yet</source>
        <translation>aún ninguna</translation>
    </message>
</context>
<context>
    <name>Vigie::Formula</name>
    <message>
        <location filename="../src/core/formula/formulacompiler.cpp" line="+125"/>
        <source>unexpected %1 after the end of the formula</source>
        <translation>sobra %1 después del final de la fórmula</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>end of formula</source>
        <translation>el final de la fórmula</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>malformed number</source>
        <translation>número mal formado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unterminated text: missing closing &quot;</source>
        <translation>texto sin terminar: falta el &quot; de cierre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>missing ] after a name</source>
        <translation>falta ] después de un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty name []</source>
        <translation>nombre vacío []</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a member after &apos;.&apos;</source>
        <translation>se esperaba un miembro después de &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carácter inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the formula is nested too deeply</source>
        <translation>la fórmula tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>expected &apos;)&apos;</source>
        <translation>se esperaba &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown member .%1 (value, quality, timestamp, good)</source>
        <translation>miembro desconocido .%1 (value, quality, timestamp, good)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown name %1</source>
        <translation>nombre desconocido %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>expected &apos;,&apos; or &apos;)&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown function %1</source>
        <translation>función desconocida %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes %2 argument(s), not %3</source>
        <translation>%1 admite %2 argumento(s), no %3</translation>
    </message>
    <message>
        <location filename="../src/core/formula/formulacheck.cpp" line="+78"/>
        <location filename="../src/core/formula/formulaerror.cpp" line="+20"/>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/formula/calculationengine.cpp" line="+29"/>
        <source>the formula is wrong: %1</source>
        <translation>la fórmula es incorrecta: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>calculations stopped</source>
        <translation>cálculos detenidos</translation>
    </message>
    <message>
        <location filename="../src/core/formula/formulaprogram.cpp" line="+34"/>
        <source>expected a number, got the text &quot;%1&quot;</source>
        <translation>se esperaba un número y se obtuvo el texto &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected TRUE or FALSE, got the text &quot;%1&quot;</source>
        <translation>se esperaba TRUE o FALSE y se obtuvo el texto &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>MOD by zero</source>
        <translation>MOD por cero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BIT: bit number %1 is not between 0 and 63</source>
        <translation>BIT: el número de bit %1 no está entre 0 y 63</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BIT: %1 does not fit in 64 bits</source>
        <translation>BIT: %1 no cabe en 64 bits</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CHOOSE: index %1 is not between 1 and %2</source>
        <translation>CHOOSE: el índice %1 no está entre 1 y %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BLINK: the period must be at least 1 ms</source>
        <translation>BLINK: el período debe ser de al menos 1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>internal error: unknown function</source>
        <translation>error interno: función desconocida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the formula did not compile</source>
        <translation>la fórmula no se compiló</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>input [%1] is %2</source>
        <translation>la entrada [%1] tiene calidad %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>input [%1] is Uncertain</source>
        <translation>la entrada [%1] tiene calidad Incierta</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+7"/>
        <source>division by zero</source>
        <translation>división por cero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ^ %2 is not a number</source>
        <translation>%1 ^ %2 no es un número</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the result is not a finite number</source>
        <translation>el resultado no es un número finito</translation>
    </message>
    <message>
        <location filename="../src/core/formula/formulaset.cpp" line="+33"/>
        <source>formula %1 writes a slot that %2 already writes</source>
        <translation>la fórmula %1 escribe en una salida que ya escribe %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cycle between formulas: %1</source>
        <translation>ciclo entre fórmulas: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not read yet</source>
        <translation>aún no leída</translation>
    </message>
    <message>
        <location filename="../src/core/formula/calculatedvalue.cpp" line="+47"/>
        <source>the result is the text &quot;%1&quot;, not a number for a %2</source>
        <translation>el resultado es el texto &quot;%1&quot;, no un número para un %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the result is the text &quot;%1&quot;, not TRUE or FALSE for a Bool</source>
        <translation>el resultado es el texto &quot;%1&quot;, no TRUE o FALSE para un Bool</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the result %1 does not fit a Float32 (beyond ±3.4e38)</source>
        <translation>el resultado %1 no cabe en un Float32 (más allá de ±3.4e38)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the result %1 does not fit a %2 (%3)</source>
        <translation>el resultado %1 no cabe en un %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/formula/formulacheck.cpp" line="-36"/>
        <source>&quot;%1&quot; names no attribute: write eg.&lt;element&gt;.&lt;attribute&gt;</source>
        <translation>&quot;%1&quot; no indica ningún atributo: escriba eg.&lt;elemento&gt;.&lt;atributo&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cycle: %1</source>
        <translation>ciclo: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 of &quot;%2&quot;</source>
        <translation>%1 de &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/formula/tagcatalogresolver.cpp" line="+44"/>
        <source>unknown tag &quot;%1&quot;</source>
        <translation>variable desconocida &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::FrameDialog</name>
    <message>
        <location filename="../src/app/editor/framedialog.cpp" line="+75"/>
        <source>New frame</source>
        <translation>Nueva trama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame &quot;%1&quot;</source>
        <translation>Trama &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::FramePlanner</name>
    <message>
        <location filename="../src/core/document/frameplanner.cpp" line="+28"/>
        <source>address %1 is outside 0–%2</source>
        <translation>la dirección %1 está fuera de 0–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1 cannot live in the %2 table, which holds single bits: use Bool, or a register table</source>
        <translation>un %1 no puede estar en la tabla %2, que contiene bits sueltos: use Bool o una tabla de registros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a bit number is only for a Bool in a register table; the %1 table already addresses single bits</source>
        <translation>un número de bit solo sirve para un Bool en una tabla de registros; la tabla %1 ya direcciona bits sueltos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a bit number is only for a Bool, not a %1</source>
        <translation>un número de bit solo sirve para un Bool, no para un %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bit %1 is outside 0–15: a register has 16 bits</source>
        <translation>el bit %1 está fuera de 0–15: un registro tiene 16 bits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a String needs its length, 1–%1 characters (it is %2)</source>
        <translation>un String necesita su longitud, entre 1 y %1 caracteres (es %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a length is only for a String, not a %1</source>
        <translation>una longitud solo sirve para un String, no para un %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a %1 at address %2 takes %3 registers and runs past the last address, %4</source>
        <translation>un %1 en la dirección %2 ocupa %3 registros y pasa de la última dirección, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is writable, but the %1 table cannot be written by Modbus</source>
        <translation>es escribible, pero la tabla %1 no se puede escribir por Modbus</translation>
    </message>
</context>
<context>
    <name>Vigie::ImportDialog</name>
    <message>
        <location filename="../src/app/editor/importdialog.cpp" line="+63"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file cannot be imported: %1</source>
        <translation>No se puede importar el archivo: %1</translation>
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
            <numerusform>%n trama (planificadas: %1)</numerusform>
            <numerusform>%n tramas (planificadas: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation type="vanished">
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="vanished">
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calculated variable(s)</source>
        <translation type="vanished">
            <numerusform>%n variable calculada</numerusform>
            <numerusform>%n variables calculadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s)</source>
        <translation type="vanished">
            <numerusform>%n sinóptico</numerusform>
            <numerusform>%n sinópticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screen binding(s)</source>
        <translation type="vanished">
            <numerusform>%n animación de sinóptico</numerusform>
            <numerusform>%n animaciones de sinóptico</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Nothing new to import.</source>
        <translation>Nada nuevo que importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be added: %1.</source>
        <translation>Por añadir: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s): nothing can be imported until the file is fixed (see Problems).</source>
        <translation>
            <numerusform>%n error: no se puede importar nada hasta que se corrija el archivo (véase Problemas).</numerusform>
            <numerusform>%n errores: no se puede importar nada hasta que se corrija el archivo (véase Problemas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
</context>
<context>
    <name>Vigie::ImportIssueModel</name>
    <message>
        <location filename="../src/app/editor/importissuemodel.cpp" line="-88"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Vigie::IssueCountLabel</name>
    <message>
        <location filename="../src/app/editor/issuecountlabel.cpp" line="+20"/>
        <source>Show the Issues panel</source>
        <translation>Mostrar el panel Problemas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No issues</source>
        <translation>Sin problemas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
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
        <translation>Incidencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All issues</source>
        <translation>Todos los problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by place or message</source>
        <translation>Filtrar por ubicación o mensaje</translation>
    </message>
</context>
<context>
    <name>Vigie::IssuesModel</name>
    <message>
        <location filename="../src/app/editor/issuesmodel.cpp" line="+82"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Vigie::LinkQueue</name>
    <message>
        <location filename="../src/core/acquisition/linkqueue.cpp" line="+176"/>
        <source>%1 (station %2)</source>
        <translation>%1 (esclavo %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no device %1 on this link</source>
        <translation>no hay ningún dispositivo %1 en este enlace</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not open</source>
        <translation>no abierto</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 before it was sent</source>
        <translation>%1 antes de enviarse</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 during a read-modify-write</source>
        <translation>%1 durante una lectura-modificación-escritura</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>no reply from %1 in %2 ms</source>
        <translation>sin respuesta de %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reply from %1 after %2 tries of %3 ms</source>
        <translation>sin respuesta de %1 tras %2 intentos de %3 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not answering (next try within %2 s): %3</source>
        <translation>%1 no responde (próximo intento en menos de %2 s): %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>disconnected: %1 (next try within %2 s)</source>
        <translation>desconectado: %1 (próximo intento en menos de %2 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+387"/>
        <source>disconnected: %1</source>
        <translation>desconectado: %1</translation>
    </message>
    <message>
        <location line="-332"/>
        <location line="+8"/>
        <source>%1 before the device answered</source>
        <translation>%1 antes de que respondiera el dispositivo</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>reading the register to change bit %1 returned nothing</source>
        <translation>la lectura del registro para cambiar el bit %1 no devolvió nada</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>no connection after %1 ms</source>
        <translation>sin conexión tras %1 ms</translation>
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
        <translation>Filtrar variables por nombre o descripción…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Screens</source>
        <translation>&amp;Sinópticos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags</source>
        <translation>Va&amp;riables</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a project to start (File &gt; Open).</source>
        <translation>Abra un proyecto para empezar (Archivo &gt; Abrir).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Modbus gateway not serving: %1</source>
        <translation>Pasarela Modbus fuera de servicio: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the edited project on the station (F5)</source>
        <translation>Cargar el proyecto editado en la estación (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Vigie</source>
        <translation>&amp;Acerca de Vigie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>History</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+128"/>
        <location line="+163"/>
        <source>New project</source>
        <translation>Proyecto nuevo</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vigie projects (*.vigie.json);;All files (*)</source>
        <translation>Proyectos de Vigie (*.vigie.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still opening %1; try again when it is open.</source>
        <translation>Todavía se está abriendo %1; inténtelo de nuevo cuando esté abierto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 has %n error(s); nothing was started.</source>
        <translation>
            <numerusform>%1 tiene %n error; no se inició nada.</numerusform>
            <numerusform>%1 tiene %n errores; no se inició nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Problems panel lists them all.</source>
        <translation>El panel Problemas los muestra todos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not opened: it has errors.</source>
        <translation>%1 no se abrió: tiene errores.</translation>
    </message>
    <message>
        <location line="+353"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was not applied: %1</source>
        <translation>La importación no se aplicó: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %1: %n variable(s), %2 frame(s) planned</source>
        <translation>
            <numerusform>Importado %1: %n variable, tramas planificadas: %2</numerusform>
            <numerusform>Importado %1: %n variables, tramas planificadas: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The node changed while its dialog was open: the edit was not applied</source>
        <translation>El nodo cambió mientras su diálogo estaba abierto: la edición no se aplicó</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="vanished">Editar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>The edit was not applied: %1</source>
        <translation>La edición no se aplicó: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The frames were not re-planned: %1</source>
        <translation>Las tramas no se replanificaron: %1</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n variable(s)</source>
        <translation type="vanished">
            <numerusform>Establecer %1 en %n variable</numerusform>
            <numerusform>Establecer %1 en %n variables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preferences saved; a new language applies at the next start</source>
        <translation>Preferencias guardadas; un idioma nuevo se aplica en el próximo inicio</translation>
    </message>
    <message>
        <source>%1 — Vigie</source>
        <translation type="vanished">%1 — Vigie</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>Running %1.</source>
        <translation>Ejecutando %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovered the unsaved changes of %1; Apply (F5) runs them.</source>
        <translation>Se recuperaron los cambios sin guardar de %1; Aplicar (F5) los pone en marcha.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new project</source>
        <translation>El proyecto nuevo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A new project: add a connection (Edit menu) to begin.</source>
        <translation>Proyecto nuevo: añada una conexión (menú Edición) para empezar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+24"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Not applied: the project has %n error(s); the Problems panel lists them.</source>
        <translation>
            <numerusform>No aplicado: el proyecto tiene %n error; el panel Problemas lo muestra.</numerusform>
            <numerusform>No aplicado: el proyecto tiene %n errores; el panel Problemas los muestra.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not applied: the station refused the project.</source>
        <translation>No aplicado: la estación rechazó el proyecto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applied: the station runs the edited project.</source>
        <translation>Aplicado: la estación ejecuta el proyecto editado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied.</source>
        <translation>Aplicado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Running.</source>
        <translation>En marcha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped: the tag table edits the project.</source>
        <translation>Detenido: la tabla de variables edita el proyecto.</translation>
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
            <numerusform>%n variable: %1 con calidad buena</numerusform>
            <numerusform>%n variables: %1 con calidad buena</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 Uncertain or Stale</source>
        <translation>, %1 con calidad incierta u obsoleta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, &lt;b&gt;%1 Bad&lt;/b&gt;</source>
        <translation>, &lt;b&gt;%1 con calidad mala&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>link %1: %2</source>
        <translation>enlace %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation type="vanished">%1 es de solo lectura.</translation>
    </message>
    <message>
        <source>Acquisition is not running: nothing can be written.</source>
        <translation type="vanished">La adquisición no está en marcha: no se puede escribir nada.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>About Vigie</source>
        <translation>Acerca de Vigie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;An open-source SCADA HMI: polls devices, shows live values, keeps history and alarms.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Un HMI SCADA de código abierto: sondea dispositivos, muestra valores en tiempo real y guarda histórico y alarmas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/editorquestions.cpp" line="+22"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/app/mainwindow.cpp" line="-314"/>
        <source>Recover unsaved changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vigie kept unsaved changes of this project in %1, newer than the file. Recover them?</source>
        <translation>Vigie conservó cambios sin guardar de este proyecto en %1, más recientes que el archivo. ¿Recuperarlos?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every unsaved change and read the file again?</source>
        <translation>¿Descartar todos los cambios sin guardar y volver a leer el archivo?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename %1</source>
        <translation>Renombrar %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&quot;%1&quot; is used in %n place(s). Update them to &quot;%2&quot;?</source>
        <translation>
            <numerusform>&quot;%1&quot; se usa en %n lugar. ¿Actualizarlo a &quot;%2&quot;?</numerusform>
            <numerusform>&quot;%1&quot; se usa en %n lugares. ¿Actualizarlos a &quot;%2&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vigie projects (*.vigie.json)</source>
        <translation>Proyectos de Vigie (*.vigie.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import tags</source>
        <translation>Importar variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt *.tsv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv *.txt *.tsv);;Libros de Excel (*.xlsx);;Archivos CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the project</source>
        <translation>Exportar el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook, every part of the project (*.xlsx);;CSV, the tree (*.csv)</source>
        <translation>Libro de Excel, todas las partes del proyecto (*.xlsx);;CSV, el árbol (*.csv)</translation>
    </message>
</context>
<context>
    <name>Vigie::ModbusGateway</name>
    <message>
        <location filename="../src/core/gateway/modbusgateway.cpp" line="+169"/>
        <source>Modbus gateway: cannot listen on %1: %2</source>
        <translation>Pasarela Modbus: no se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::ModbusTransport</name>
    <message>
        <location filename="../src/core/acquisition/modbus/modbustransport.cpp" line="+150"/>
        <source>exception 1: illegal function</source>
        <translation>excepción 1: función no válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 2: illegal data address</source>
        <translation>excepción 2: dirección de datos no válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 3: illegal data value</source>
        <translation>excepción 3: valor de datos no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 4: server device failure</source>
        <translation>excepción 4: fallo del dispositivo servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 5: acknowledge (still working)</source>
        <translation>excepción 5: acuse de recibo (aún en proceso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 6: server device busy</source>
        <translation>excepción 6: dispositivo servidor ocupado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 8: memory parity error</source>
        <translation>excepción 8: error de paridad de memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 10: gateway path unavailable</source>
        <translation>excepción 10: ruta de pasarela no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception 11: gateway target device failed to respond</source>
        <translation>excepción 11: el dispositivo de destino de la pasarela no respondió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exception %1</source>
        <translation>excepción %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot open %1</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 closed the connection</source>
        <translation>%1 cerró la conexión</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not connected to %1</source>
        <translation>no conectado a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>station 0 is the broadcast address: it cannot be read</source>
        <translation>la dirección de esclavo 0 es la de difusión: no se puede leer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the request could not be sent to %1</source>
        <translation>no se pudo enviar la petición a %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 answered %2 values for %3 asked</source>
        <translation>%1 respondió %2 valores de %3 pedidos</translation>
    </message>
</context>
<context>
    <name>Vigie::Mqtt</name>
    <message>
        <location filename="../src/core/mqtt/mqttbrokerurl.cpp" line="+42"/>
        <source>the broker URL &quot;%1&quot; has no scheme: write mqtt://host or mqtts://host</source>
        <translation>la URL del broker &quot;%1&quot; no tiene esquema: escriba mqtt://host o mqtts://host</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown scheme &quot;%1&quot;: use mqtt:// or mqtts://</source>
        <translation>esquema desconocido &quot;%1&quot;: use mqtt:// o mqtts://</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the broker URL &quot;%1&quot; holds a user name: give the user name and password in their own fields</source>
        <translation>la URL del broker &quot;%1&quot; contiene un nombre de usuario: indique el usuario y la contraseña en sus propios campos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the broker URL &quot;%1&quot; has a path, a query or a fragment: only %2://host[:port] is allowed</source>
        <translation>la URL del broker &quot;%1&quot; tiene una ruta, una consulta o un fragmento: solo se admite %2://host[:puerto]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the broker URL &quot;%1&quot; has a &apos;[&apos; without its &apos;]&apos;</source>
        <translation>la URL del broker &quot;%1&quot; tiene un &apos;[&apos; sin su &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the broker URL &quot;%1&quot; has &quot;%2&quot; after its IPv6 address, where only :port may follow</source>
        <translation>la URL del broker &quot;%1&quot; tiene &quot;%2&quot; tras su dirección IPv6, donde solo puede seguir :puerto</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>the broker URL &quot;%1&quot; has no host</source>
        <translation>la URL del broker &quot;%1&quot; no tiene host</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&quot;%1&quot; in the broker URL &quot;%2&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; en la URL del broker &quot;%2&quot; no es una dirección IPv6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the broker URL &quot;%1&quot; has more than one &apos;:&apos;: an IPv6 address goes in brackets, as in %2://[::1]:%3</source>
        <translation>la URL del broker &quot;%1&quot; tiene más de un &apos;:&apos;: una dirección IPv6 va entre corchetes, como en %2://[::1]:%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; in the broker URL &quot;%2&quot; is not a valid host name</source>
        <translation>&quot;%1&quot; en la URL del broker &quot;%2&quot; no es un nombre de host válido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host &quot;%1&quot; in the broker URL &quot;%2&quot; contains &quot;%3&quot;, which a host name cannot hold</source>
        <translation>el host &quot;%1&quot; de la URL del broker &quot;%2&quot; contiene &quot;%3&quot;, que no puede figurar en un nombre de host</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the broker URL &quot;%1&quot; has a &apos;:&apos; but no port after it</source>
        <translation>la URL del broker &quot;%1&quot; tiene un &apos;:&apos; pero ningún puerto después</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the port &quot;%1&quot; in the broker URL &quot;%2&quot; is not a number</source>
        <translation>el puerto &quot;%1&quot; de la URL del broker &quot;%2&quot; no es un número</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>port %1 is out of range 1–65535 in the broker URL &quot;%2&quot;</source>
        <translation>el puerto %1 está fuera del rango 1–65535 en la URL del broker &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/mqttclient.cpp" line="+82"/>
        <source>the broker does not accept MQTT 3.1.1</source>
        <translation>el broker no acepta MQTT 3.1.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client identifier rejected</source>
        <translation>identificador de cliente rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>server unavailable</source>
        <translation>servidor no disponible</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+12"/>
        <source>bad user name or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>not authorised</source>
        <translation>no autorizado</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unspecified error</source>
        <translation>error no especificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed packet</source>
        <translation>paquete mal formado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol error</source>
        <translation>error de protocolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implementation specific error</source>
        <translation>error específico de la implementación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the broker does not accept MQTT 5</source>
        <translation>el broker no acepta MQTT 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client identifier not valid</source>
        <translation>identificador de cliente no válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server busy</source>
        <translation>servidor ocupado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banned</source>
        <translation>cliente bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad authentication method</source>
        <translation>método de autenticación incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packet too large</source>
        <translation>paquete demasiado grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quota exceeded</source>
        <translation>cuota superada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use another server</source>
        <translation>use otro servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server moved</source>
        <translation>servidor trasladado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection rate exceeded</source>
        <translation>tasa de conexiones superada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (code 0x%2)</source>
        <translation>%1 (código 0x%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connection refused by %1</source>
        <translation>conexión rechazada por %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer (connection timed out)</source>
        <translation>%1 no respondió (tiempo de conexión agotado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reset the connection</source>
        <translation>%1 restableció la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be reached: %2</source>
        <translation>no se puede alcanzar %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+844"/>
        <source>the connection to %1 failed: %2</source>
        <translation>falló la conexión con %1: %2</translation>
    </message>
    <message>
        <location line="-837"/>
        <source>no broker URL is given</source>
        <translation>no se indicó la URL del broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a persistent session (clean session off) needs a client id, which names the session on the broker</source>
        <translation>una sesión persistente (clean session desactivado) necesita un id de cliente, que da nombre a la sesión en el broker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keep-alive of %1 s is out of range: 0 (none) or 5–65535 s</source>
        <translation>el keep-alive de %1 s está fuera de rango: 0 (ninguno) o 5–65535 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 messages in flight is out of range 1–65535: MQTT numbers them on 16 bits</source>
        <translation>el máximo de %1 mensajes en vuelo está fuera del rango 1–65535: MQTT los numera con 16 bits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reconnection delays must be positive, the longest at least the shortest</source>
        <translation>los retardos de reconexión deben ser positivos, y el más largo al menos igual al más corto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection timeout must be positive</source>
        <translation>el tiempo de espera de conexión debe ser positivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a client certificate needs its key file, and a key file its certificate</source>
        <translation>un certificado de cliente necesita su archivo de clave, y un archivo de clave su certificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA certificate file</source>
        <translation>archivo de certificado de CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate file</source>
        <translation>archivo de certificado de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client key file</source>
        <translation>archivo de clave de cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 &quot;%2&quot; cannot be read</source>
        <translation>no se puede leer el %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the will&apos;s QoS %1 is not 0, 1 or 2</source>
        <translation>la QoS %1 del mensaje de última voluntad no es 0, 1 ni 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the will&apos;s topic &quot;%1&quot; is not a topic to publish to</source>
        <translation>el tema &quot;%1&quot; del mensaje de última voluntad no es un tema en el que se pueda publicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the will&apos;s payload is larger than MQTT allows</source>
        <translation>la carga útil del mensaje de última voluntad supera lo que permite MQTT</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aborted without a DISCONNECT</source>
        <translation>interrumpida sin DISCONNECT</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>cannot create an MQTT client: %1</source>
        <translation>no se puede crear un cliente MQTT: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the will on &quot;%1&quot; cannot be used: %2</source>
        <translation>no se puede usar el mensaje de última voluntad en &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the TLS files cannot be used: %1</source>
        <translation>no se pueden usar los archivos TLS: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the broker&apos;s host name &quot;%1&quot; cannot be resolved: %2</source>
        <translation>no se puede resolver el nombre de host del broker &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 did not accept the connection within %2 s</source>
        <translation>%1 no aceptó la conexión en %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS with %1 failed: no answer within %2 s</source>
        <translation>falló TLS con %1: sin respuesta en %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer the MQTT CONNECT within %2 s</source>
        <translation>%1 no respondió al CONNECT de MQTT en %2 s</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>the broker refused the connection: %1</source>
        <translation>el broker rechazó la conexión: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the broker closed the connection: %1</source>
        <translation>el broker cerró la conexión: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 closed the connection without answering the MQTT CONNECT (if it expects TLS, use mqtts://)</source>
        <translation>%1 cerró la conexión sin responder al CONNECT de MQTT (si espera TLS, use mqtts://)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection</source>
        <translation>%1 cerró la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer within the keep-alive time (%2 s)</source>
        <translation>%1 no respondió dentro del tiempo de keep-alive (%2 s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 broke the MQTT protocol; the connection was dropped</source>
        <translation>%1 incumplió el protocolo MQTT; se cortó la conexión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>certificate verify failed: the broker&apos;s certificate is not for &quot;%1&quot;</source>
        <translation>falló la verificación del certificado: el certificado del broker no es para &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>certificate verify failed: %1</source>
        <translation>falló la verificación del certificado: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the broker closed the connection before accepting it (it may require a client certificate, or not speak TLS on this port)</source>
        <translation>el broker cerró la conexión antes de aceptarla (puede que exija un certificado de cliente o que no hable TLS en este puerto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS with %1 failed: %2</source>
        <translation>falló TLS con %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/mqttoutbox.cpp" line="+218"/>
        <source>No file was given for the MQTT queue.</source>
        <translation>No se indicó ningún archivo para la cola MQTT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1 for the MQTT queue %2.</source>
        <translation>No se puede crear la carpeta %1 para la cola MQTT %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the MQTT queue %1: its folder %2 is not writable.</source>
        <translation>No se puede abrir la cola MQTT %1: su carpeta %2 no admite escritura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the MQTT queue %1: it is not a file.</source>
        <translation>No se puede abrir la cola MQTT %1: no es un archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the MQTT queue %1: the file is read-only.</source>
        <translation>No se puede abrir la cola MQTT %1: el archivo es de solo lectura.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The MQTT queue %1 cannot be read (%2) and could not be moved aside to %3: %4</source>
        <translation>La cola MQTT %1 no se puede leer (%2) y no se pudo apartar a %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MQTT queue %1 could not be read (%2): it was moved to %3 and a new, empty queue was started.</source>
        <translation>La cola MQTT %1 no se pudo leer (%2): se movió a %3 y se inició una cola nueva y vacía.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the MQTT queue %1: %2</source>
        <translation>No se puede crear la cola MQTT %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+18"/>
        <source>Cannot open the MQTT queue %1: %2</source>
        <translation>No se puede abrir la cola MQTT %1: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>it is not a database</source>
        <translation>no es una base de datos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the MQTT queue %1: Qt&apos;s SQLite driver (QSQLITE) is missing.</source>
        <translation>No se puede abrir la cola MQTT %1: falta el controlador SQLite de Qt (QSQLITE).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The MQTT queue %1 has format %2, which this version of Vigie does not know (it reads format %3): it may have been written by a newer version. The file was left as it is.</source>
        <translation>La cola MQTT %1 tiene el formato %2, que esta versión de Vigie no conoce (lee el formato %3): puede que la haya escrito una versión más reciente. El archivo se dejó tal cual.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is another program&apos;s database, with the tables %1</source>
        <translation>es la base de datos de otro programa, con las tablas %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its tables are not those of an MQTT queue</source>
        <translation>sus tablas no son las de una cola MQTT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the MQTT queue %1: SQLite cannot keep a write-ahead log there (journal mode &apos;%2&apos;); is it on a network drive?</source>
        <translation>No se puede abrir la cola MQTT %1: SQLite no puede mantener ahí un registro de escritura anticipada (journal mode &apos;%2&apos;); ¿está en una unidad de red?</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+7"/>
        <source>Cannot read the MQTT queue %1: %2</source>
        <translation>No se puede leer la cola MQTT %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+134"/>
        <location line="+91"/>
        <location line="+40"/>
        <location line="+82"/>
        <source>the queue is not open</source>
        <translation>la cola no está abierta</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>the value of %1 (device &apos;%2&apos;) is a %3, which the queue cannot store; nothing of this batch was queued</source>
        <translation>el valor de %1 (dispositivo &apos;%2&apos;) es un %3, que la cola no puede almacenar; no se puso en cola nada de este lote</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>the value of &apos;%1&apos; is a %2, which the queue cannot store</source>
        <translation>el valor de &apos;%1&apos; es un %2, que la cola no puede almacenar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write to the MQTT queue %1: %2</source>
        <translation>No se puede escribir en la cola MQTT %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/scorpiojson.cpp" line="+217"/>
        <location filename="../src/core/mqtt/sparkplugcodec.cpp" line="+517"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; contains &quot;%2&quot;, an MQTT wildcard, which a topic Vigie publishes to may not hold</source>
        <translation>&quot;%1&quot; contiene &quot;%2&quot;, un comodín MQTT, que no puede figurar en un tema en el que publica Vigie</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/mqtt/sparkplugcodec.cpp" line="+8"/>
        <source>&quot;%1&quot; contains a NUL character, which MQTT topics forbid</source>
        <translation>&quot;%1&quot; contiene un carácter NUL, prohibido en los temas MQTT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has a &quot;}&quot; at character %2 that closes no placeholder</source>
        <translation>&quot;%1&quot; tiene una &quot;}&quot; en el carácter %2 que no cierra ningún marcador</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; opens a placeholder at character %2 and does not close it</source>
        <translation>&quot;%1&quot; abre un marcador en el carácter %2 y no lo cierra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has the placeholder {%2}, which Vigie does not know: use {group}, {node}, {device} or {type}</source>
        <translation>&quot;%1&quot; tiene el marcador {%2}, que Vigie no conoce: use {group}, {node}, {device} o {type}</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/sparkplugcodec.cpp" line="-444"/>
        <source>with alias %1</source>
        <translation>con alias %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number %1 (with neither name nor alias)</source>
        <translation>número %1 (sin nombre ni alias)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a 32-bit integer</source>
        <translation>un entero de 32 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 64-bit integer</source>
        <translation>un entero de 64 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a float</source>
        <translation>un float</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a double</source>
        <translation>un double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a data set</source>
        <translation>un conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a template</source>
        <translation>una plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extension value</source>
        <translation>un valor de extensión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no value</source>
        <translation>un valor sin definir</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Metric %1 is declared %2 but carries %3.</source>
        <translation>La métrica %1 está declarada como %2, pero lleva %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Metric %1 has no datatype and carries %2, which Vigie cannot take as a command.</source>
        <translation>La métrica %1 no tiene datatype y lleva %2, que Vigie no puede aceptar como comando.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Metric %1 is an %2, but %3 is not one in any encoding Vigie knows.</source>
        <translation>La métrica %1 es de tipo %2, pero %3 no es un valor de ese tipo en ninguna codificación que Vigie conozca.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Metric %1 is a %2, but its value %3 is above %4.</source>
        <translation>La métrica %1 es de tipo %2, pero su valor %3 supera %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Metric %1 is a DateTime, but %2 ms is not a date.</source>
        <translation>La métrica %1 es de tipo DateTime, pero %2 ms no es una fecha.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The command is not a Sparkplug B payload: it does not parse as a protobuf Payload message (%1 bytes).</source>
        <translation>El comando no es una carga útil Sparkplug B: no se puede analizar como mensaje protobuf Payload (%1 bytes).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The command holds no metric (%1 bytes): there is nothing to write.</source>
        <translation>El comando no contiene ninguna métrica (%1 bytes): no hay nada que escribir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Metric %1 has datatype %2, which Vigie does not take in commands (only Int8 to Text, 1-14).</source>
        <translation>La métrica %1 tiene datatype %2, que Vigie no acepta en comandos (solo de Int8 a Text, 1-14).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Metric %1 carries no value and is not marked null.</source>
        <translation>La métrica %1 no lleva valor y no está marcada como nula.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The STATE message is not a JSON object (%1 at byte %2).</source>
        <translation>El mensaje STATE no es un objeto JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is not an object</source>
        <translation>el documento no es un objeto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The STATE message has no &quot;online&quot; true or false.</source>
        <translation>El mensaje STATE no tiene &quot;online&quot; true o false.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The STATE message has no &quot;timestamp&quot; number.</source>
        <translation>El mensaje STATE no tiene el número &quot;timestamp&quot;.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&quot;%1&quot; contains &quot;%2&quot;: Sparkplug ids may not contain /, + or #, which MQTT topics reserve</source>
        <translation>&quot;%1&quot; contiene &quot;%2&quot;: los ids Sparkplug no pueden contener /, + ni #, reservados en los temas MQTT</translation>
    </message>
</context>
<context>
    <name>Vigie::MqttPublisher</name>
    <message>
        <location filename="../src/core/mqtt/mqttstatus.cpp" line="+17"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the broker&apos;s secret</source>
        <translation>esperando el secreto del broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the primary host</source>
        <translation>esperando al host primario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline, queueing</source>
        <translation>sin conexión, en cola</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/mqttpublisher.cpp" line="+92"/>
        <source>the store-and-forward queue cannot be used, samples are lost while the broker is unreachable: %1</source>
        <translation>no se puede usar la cola de almacenamiento y reenvío; las muestras se pierden mientras el broker no esté accesible: %1</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>the birth of &quot;%1&quot; could not be sent</source>
        <translation>no se pudo enviar el nacimiento (BIRTH) de &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the broker cannot take a message on &quot;%1&quot;</source>
        <translation>el broker no puede aceptar un mensaje en &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>the primary host&apos;s STATE on &quot;%1&quot; cannot be read: %2</source>
        <translation>no se puede leer el STATE del host primario en &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>an NCMD could not be read: %1</source>
        <translation>no se pudo leer un NCMD: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a DCMD names the device &quot;%1&quot;, which is not published</source>
        <translation>un DCMD nombra el dispositivo &quot;%1&quot;, que no se publica</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a command for &quot;%1&quot; could not be read: %2</source>
        <translation>no se pudo leer un comando para &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a command to write &quot;%1&quot; was refused: it is not a published variable with remoteWrite</source>
        <translation>se rechazó un comando de escritura de &quot;%1&quot;: no es una variable publicada con remoteWrite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a command to write &quot;%1&quot; was refused: it has no value</source>
        <translation>se rechazó un comando de escritura de &quot;%1&quot;: no tiene valor</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/mqttservice.cpp" line="+128"/>
        <source>%1: set it with `vigie-runtime --set-secret %2`, or in vigie</source>
        <translation>%1: defínalo con `vigie-runtime --set-secret %2` o en vigie</translation>
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
        <translation> · %1 en cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 lost</source>
        <translation> · %1 perdidas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Broker: %1
State: %2</source>
        <translation>Broker: %1
Estado: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Online since %1</source>
        <translation>
En línea desde %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Messages sent: %1 (%2 live metrics, %3 from the queue)</source>
        <translation>
Mensajes enviados: %1 (%2 métricas en vivo, %3 desde la cola)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Queued: %1 samples (%2 kB)</source>
        <translation>
En cola: %1 muestras (%2 kB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Lost: %1</source>
        <translation>
Perdidas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Births: %1, rebirths asked: %2, commands refused: %3</source>
        <translation>
Nacimientos (BIRTH): %1, renacimientos solicitados: %2, comandos rechazados: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Last error: %1</source>
        <translation>
Último error: %1</translation>
    </message>
</context>
<context>
    <name>Vigie::NodeCheck</name>
    <message>
        <location filename="../src/app/editor/nodecheck.cpp" line="+142"/>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>&quot;%1&quot; ya es el nombre de %2</translation>
    </message>
</context>
<context>
    <name>Vigie::NodeDialog</name>
    <message>
        <location filename="../src/app/editor/nodedialog.cpp" line="+144"/>
        <source>This change also affects %1: %2</source>
        <translation>Este cambio también afecta a %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…and %n more place(s).</source>
        <translation>
            <numerusform>…y %n lugar más.</numerusform>
            <numerusform>…y %n lugares más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vigie::NumberText</name>
    <message>
        <location filename="../src/app/editor/numbertext.cpp" line="+37"/>
        <source>is empty: give a number</source>
        <translation>está vacío: indique un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number (write it like %2)</source>
        <translation>%1 no es un número (escríbalo como %2)</translation>
    </message>
</context>
<context>
    <name>Vigie::PreferencesDialog</name>
    <message>
        <location filename="../src/app/editor/preferencesdialog.cpp" line="+22"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
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
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectDocument</name>
    <message>
        <location filename="../src/core/document/projectdocument.cpp" line="+77"/>
        <source>the project has no file yet: save it under a name first</source>
        <translation>el proyecto aún no tiene archivo: guárdelo antes con un nombre</translation>
    </message>
    <message>
        <location filename="../src/core/document/projecttree.cpp" line="+117"/>
        <location line="+209"/>
        <source>the project</source>
        <translation>el proyecto</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>a connection</source>
        <translation>una conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a frame</source>
        <translation>una trama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a variable</source>
        <translation>una variable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a valid node path</source>
        <translation>%1 no es una ruta de nodo válida</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the project itself cannot be inserted</source>
        <translation>el propio proyecto no se puede insertar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot insert %1 at %2, the place of %3</source>
        <translation>no se puede insertar %1 en %2, el lugar de %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot insert at %1: %2 does not exist</source>
        <translation>no se puede insertar en %1: %2 no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot insert at %1: the row must be between 0 and %2</source>
        <translation>no se puede insertar en %1: la fila debe estar entre 0 y %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the project itself cannot be removed</source>
        <translation>el propio proyecto no se puede eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot remove %1: it does not exist</source>
        <translation>no se puede eliminar %1: no existe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the project itself cannot be moved</source>
        <translation>el propio proyecto no se puede mover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot move %1: it does not exist</source>
        <translation>no se puede mover %1: no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot move %1 to %2: %3 cannot go there</source>
        <translation>no se puede mover %1 a %2: ahí no puede ir %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot move %1 to %2: %3 does not exist</source>
        <translation>no se puede mover %1 a %2: %3 no existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot move %1 to %2: the row must be between 0 and %3</source>
        <translation>no se puede mover %1 a %2: la fila debe estar entre 0 y %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the project&apos;s own fields are not a node&apos;s: set them as the project&apos;s</source>
        <translation>los campos propios del proyecto no son los de un nodo: defínalos como campos del proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot change %1 with the fields of %2: it is %3</source>
        <translation>no se puede modificar %1 con los campos de %2: es %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot change %1: it does not exist</source>
        <translation>no se puede modificar %1: no existe</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectFile</name>
    <message>
        <location filename="../src/core/model/jsonobjectreader.cpp" line="+41"/>
        <location filename="../src/core/model/projectfile.cpp" line="+365"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not text</source>
        <translation>%1 no es texto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not true or false</source>
        <translation>%1 no es true ni false</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../src/core/model/projectfile.cpp" line="-282"/>
        <location line="+96"/>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a list</source>
        <translation>%1 no es una lista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown field, ignored (misspelt?)</source>
        <translation>campo desconocido, ignorado (¿mal escrito?)</translation>
    </message>
    <message>
        <location filename="../src/core/model/jsonobjectreader.h" line="+50"/>
        <source>%1 is not one of %2</source>
        <translation>%1 no es ninguno de %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/projectfile.cpp" line="-33"/>
        <source>is missing: a ModbusTcp connection needs a host</source>
        <translation>falta: una conexión ModbusTcp necesita un host</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing: a ModbusRtu connection needs a serial port</source>
        <translation>falta: una conexión ModbusRtu necesita un puerto serie</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file is empty at line %1, column %2: it must hold one JSON object ({ … })</source>
        <translation>el archivo está vacío en la línea %1, columna %2: debe contener un objeto JSON ({ … })</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file must hold one JSON object ({ … }), but it holds %1 at line %2, column %3</source>
        <translation>el archivo debe contener un objeto JSON ({ … }), pero contiene %1 en la línea %2, columna %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file must hold one JSON object ({ … }), but it starts with &quot;%1&quot; at line %2, column %3</source>
        <translation>el archivo debe contener un objeto JSON ({ … }), pero empieza por &quot;%1&quot; en la línea %2, columna %3</translation>
    </message>
    <message>
        <location line="+313"/>
        <source>%1 is newer than this Vigie reads (%2): open it with a newer Vigie</source>
        <translation>%1 es más reciente de lo que lee este Vigie (%2): ábralo con un Vigie más reciente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a format version (1 is the first)</source>
        <translation>%1 no es una versión de formato (la primera es 1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/core/screens/svgdocument.cpp" line="+40"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot save %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/projectvalidator.cpp" line="+35"/>
        <source>is empty: every %1 needs a name</source>
        <translation>está vacío: cada %1 necesita un nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; starts or ends with spaces, which are hard to see</source>
        <translation>&quot;%1&quot; empieza o termina con espacios, difíciles de ver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>&quot;%1&quot; ya es el nombre de %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/issuereporter.cpp" line="+18"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1 está fuera de %2–%3</translation>
    </message>
    <message>
        <location filename="../src/core/model/projectvalidator.cpp" line="+32"/>
        <source>%1 ms is below 100 ms</source>
        <translation>%1 ms es inferior a 100 ms</translation>
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
        <translation>no es un número finito</translation>
    </message>
    <message>
        <location line="-481"/>
        <source>%1 cannot live in a %2 frame, which holds single bits: use Bool, or a register frame</source>
        <translation>un %1 no puede estar en una trama %2, que contiene bits sueltos: use Bool o una trama de registros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is only for a Bool in a register frame; a %1 frame already addresses single bits</source>
        <translation>solo sirve para un Bool en una trama de registros; una trama %1 ya direcciona bits sueltos</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>is only for a Bool, not a %1</source>
        <translation>solo sirve para un Bool, no para un %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a register has 16 bits</source>
        <translation>un registro tiene 16 bits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is outside 1–%2 characters: a String needs its length</source>
        <translation>%1 está fuera de 1–%2 caracteres: un String necesita su longitud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is only for a String, not a %1</source>
        <translation>solo sirve para un String, no para un %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <location line="+323"/>
        <source>%1 is negative</source>
        <translation>%1 es negativo</translation>
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
        <translation>registros</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>%1 + %2 %3 falls outside the frame, which holds %4 %3 (addresses %5–%6)</source>
        <translation>%1 + %2 %3 queda fuera de la trama, que contiene %4 %3 (direcciones %5–%6)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a non-zero number</source>
        <translation>debe ser un número distinto de cero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a %1 cannot be scaled</source>
        <translation>un %1 no se puede escalar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is above max %2</source>
        <translation>%1 supera el máximo %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>is only for numbers, not a %1</source>
        <translation>solo sirve para números, no para un %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>a %1 frame cannot be written by Modbus</source>
        <translation>una trama %1 no se puede escribir por Modbus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the frame &quot;%1&quot; is not writable (isWritable is false)</source>
        <translation>la trama &quot;%1&quot; no es escribible (isWritable es false)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs writable: the cloud may only write what an operator may write</source>
        <translation>requiere writable: la nube solo puede escribir lo que puede escribir un operador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs published: the cloud can only command a metric it was given</source>
        <translation>requiere published: la nube solo puede mandar una métrica que se le haya dado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ignored: the connection is %1, not Simulation</source>
        <translation>ignorado: la conexión es %1, no Simulation</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>%1 is less than 1</source>
        <translation>%1 es menor que 1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 is more than %2 %3 (the most one Modbus request reads)</source>
        <translation>%1 es más de %2 %3 (lo máximo que lee una petición Modbus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 from address %2 runs past the last address, 65535</source>
        <translation>%1 desde la dirección %2 pasa de la última dirección, 65535</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needs a frame period in whole minutes, but scanTime × scanTimeFactor is %1 ms</source>
        <translation>requiere un período de trama en minutos enteros, pero scanTime × scanTimeFactor es %1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the offset must fall within one period of %1 min</source>
        <translation>el desfase debe quedar dentro de un período de %1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the frame is neither readable nor writable</source>
        <translation>la trama no es ni legible ni escribible</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>overlaps &quot;%1&quot; in the same frame</source>
        <translation>se solapa con &quot;%1&quot; en la misma trama</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ms is below 100 ms, the fastest scan Vigie allows</source>
        <translation>%1 ms es inferior a 100 ms, el escaneo más rápido que admite Vigie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RTU slaves use 1–247, and 0 to write to all of them at once</source>
        <translation>los esclavos RTU usan 1–247, y 0 para escribir en todos a la vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 is the broadcast address, which no slave answers: its frames must be write-only (isReadable: false)</source>
        <translation>0 es la dirección de difusión, a la que ningún esclavo responde: sus tramas deben ser de solo escritura (isReadable: false)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ignored: Mask Write Register is a Modbus function, and the connection is Simulation</source>
        <translation>ignorado: Mask Write Register es una función Modbus y la conexión es Simulation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a serial bus carries one request at a time: use 1</source>
        <translation>un bus serie transporta una sola petición a la vez: use 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frame</source>
        <translation>trama</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>milliseconds</source>
        <translation>milisegundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is empty: name the variable to serve</source>
        <translation>está vacío: indique la variable que se servirá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no variable is named &quot;%1&quot; (the gateway serves project variables)</source>
        <translation>ninguna variable se llama &quot;%1&quot; (la pasarela sirve variables del proyecto)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a Bool is served as one bit: use Coil or DiscreteInput, not %1</source>
        <translation>un Bool se sirve como un bit: use Coil o DiscreteInput, no %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 needs registers: use HoldingRegister or InputRegister, not %2</source>
        <translation>un %1 necesita registros: use HoldingRegister o InputRegister, no %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 + %2 %3 runs past the last address, 65535</source>
        <translation>%1 + %2 %3 pasa de la última dirección, 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the gateway takes no writes (allowWrites is false)</source>
        <translation>la pasarela no acepta escrituras (allowWrites es false)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modbus has no write to a %1: use Coil or HoldingRegister</source>
        <translation>Modbus no tiene escritura para un %1: use Coil o HoldingRegister</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+147"/>
        <source>the variable &quot;%1&quot; is not writable</source>
        <translation>la variable &quot;%1&quot; no es escribible</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>is empty: give an IP address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)</source>
        <translation>está vacío: indique una dirección IP, como 127.0.0.1 (solo este equipo) o 0.0.0.0 (todas las interfaces)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an IP address, such as 127.0.0.1 (this machine only), 0.0.0.0 (every interface) or one of this machine&apos;s addresses</source>
        <translation>&quot;%1&quot; no es una dirección IP, como 127.0.0.1 (solo este equipo), 0.0.0.0 (todas las interfaces) o una de las direcciones de este equipo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 cannot be served as %2 (&quot;%3&quot;, a %4): %5</source>
        <translation>%1 no se puede servir como %2 (&quot;%3&quot;, un %4): %5</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>overlaps %1 (&quot;%2&quot;, addresses %3–%4) in the %5 table</source>
        <translation>se solapa con %1 (&quot;%2&quot;, direcciones %3–%4) en la tabla %5</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is empty: a calculated variable needs a formula</source>
        <translation>está vacío: una variable calculada necesita una fórmula</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+71"/>
        <source>is empty: give the id of an SVG element</source>
        <translation>está vacío: indique el id de un elemento SVG</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+43"/>
        <source>no screen is named &quot;%1&quot;</source>
        <translation>ningún sinóptico se llama &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>no variable is named &quot;%1&quot;</source>
        <translation>ninguna variable se llama &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a calculated variable: it cannot be written</source>
        <translation>&quot;%1&quot; es una variable calculada: no se puede escribir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is a %2: only a Bool can be toggled (use write)</source>
        <translation>&quot;%1&quot; es un %2: solo un Bool se puede conmutar (use write)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>screen</source>
        <translation>sinóptico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is empty: give the SVG file, relative to the project file</source>
        <translation>está vacío: indique el archivo SVG, relativo al archivo del proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a screen cannot be its own parent</source>
        <translation>un sinóptico no puede ser su propio padre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; leads back to this screen: parents must form a tree</source>
        <translation>&quot;%1&quot; lleva de vuelta a este sinóptico: los padres deben formar un árbol</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is empty: a binding needs a formula</source>
        <translation>está vacío: una animación necesita una fórmula</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is only for a rotate binding, not %1</source>
        <translation>solo sirve para una animación rotate, no %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of &quot;%2&quot; is already bound by %3: one formula per attribute</source>
        <translation>%1 de &quot;%2&quot; ya está animado por %3: una fórmula por atributo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; already has an action (%2): one action per element</source>
        <translation>&quot;%1&quot; ya tiene una acción (%2): una acción por elemento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <location filename="../src/core/model/jsonprescan.cpp" line="+431"/>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u debe ir seguido de cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lone surrogate %1: a low surrogate (\udc00–\udfff) must follow a high one (\ud800–\udbff)</source>
        <translation>sustituto aislado %1: un sustituto bajo (\udc00–\udfff) debe seguir a uno alto (\ud800–\udbff)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lone surrogate %1: a high surrogate (\ud800–\udbff) must be followed by a low one (\udc00–\udfff)</source>
        <translation>sustituto aislado %1: un sustituto alto (\ud800–\udbff) debe ir seguido de uno bajo (\udc00–\udfff)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>raw control character %1 in a string: write it as %2</source>
        <translation>carácter de control sin escapar %1 en una cadena: escríbalo como %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid UTF-8 (byte 0x%1): the file must be saved as UTF-8</source>
        <translation>UTF-8 no válido (byte 0x%1): el archivo debe guardarse en UTF-8</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;\%1&quot; is not a JSON escape (those are \&quot; \\ \/ \b \f \n \r \t \uXXXX; a backslash itself is written \\)</source>
        <translation>&quot;\%1&quot; no es un escape JSON (estos son \&quot; \\ \/ \b \f \n \r \t \uXXXX; la propia barra invertida se escribe \\)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a backslash followed by %1 is not a JSON escape (a backslash itself is written \\)</source>
        <translation>una barra invertida seguida de %1 no es un escape JSON (la propia barra invertida se escribe \\)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>duplicate key &quot;%1&quot; at line %2, column %3 (first at line %4, column %5): a key may be given once in an object</source>
        <translation>clave duplicada &quot;%1&quot; en la línea %2, columna %3 (la primera, en la línea %4, columna %5): una clave solo puede aparecer una vez en un objeto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a key with an empty name at line %1, column %2, ignored</source>
        <translation>una clave con nombre vacío en la línea %1, columna %2, ignorada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a key made only of spaces (&quot;%1&quot;) at line %2, column %3, ignored</source>
        <translation>una clave formada solo por espacios (&quot;%1&quot;) en la línea %2, columna %3, ignorada</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/projectcheck.cpp" line="+33"/>
        <source>this version of Vigie has no %1 transport: the %n tag(s) of &quot;%2&quot; will stay Bad</source>
        <translation>
            <numerusform>esta versión de Vigie no tiene transporte %1: %n variable de &quot;%2&quot; seguirá con calidad mala</numerusform>
            <numerusform>esta versión de Vigie no tiene transporte %1: %n variables de &quot;%2&quot; seguirán con calidad mala</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out of range %2–%3</source>
        <translation type="vanished">%1 está fuera del rango %2–%3</translation>
    </message>
    <message>
        <location filename="../src/core/mqtt/mqttsettingscheck.cpp" line="+46"/>
        <source>is only used in sparkplugB mode: ignored in scorpioJson mode</source>
        <translation>solo se usa en el modo sparkplugB: se ignora en el modo scorpioJson</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is the same as birthTopic: births and data need topics of their own (or use {type} in both)</source>
        <translation>es igual que birthTopic: los nacimientos y los datos necesitan temas propios (o use {type} en ambos)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is ignored: the broker URL starts with mqtt://, without TLS (use mqtts://)</source>
        <translation>se ignora: la URL del broker empieza por mqtt://, sin TLS (use mqtts://)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client certificate needs both certFile and keyFile</source>
        <translation>un certificado de cliente necesita certFile y keyFile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is false: the broker&apos;s certificate is not checked, so anyone on the way can pose as the broker and read what is published</source>
        <translation>es false: el certificado del broker no se comprueba, así que cualquiera en el camino puede hacerse pasar por el broker y leer lo que se publica</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no connection is named &quot;%1&quot;</source>
        <translation>ninguna conexión se llama &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection &quot;%1&quot; has no device &quot;%2&quot;</source>
        <translation>la conexión &quot;%1&quot; no tiene ningún dispositivo &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the device &quot;%1&quot; of &quot;%2&quot; is mapped twice</source>
        <translation>el dispositivo &quot;%1&quot; de &quot;%2&quot; está asignado dos veces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the edge node&apos;s calculated variables</source>
        <translation>las variables calculadas del nodo de borde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the device &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>el dispositivo &quot;%1&quot; de &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 publishes under its own name, which cannot be a device id (%2): map it to another name here</source>
        <translation>%1 publica con su propio nombre, que no puede ser un id de dispositivo (%2): asígnele otro nombre aquí</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2 would both be published as &quot;%3&quot;: map one of them to another name here</source>
        <translation>%1 y %2 se publicarían con el mismo nombre &quot;%3&quot;: asigne a uno de ellos otro nombre aquí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no variable is published: mark the variables to send with &quot;published&quot;: true</source>
        <translation>no se publica ninguna variable: marque las variables que se enviarán con &quot;published&quot;: true</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the client id &quot;%1&quot; is longer than 23 bytes, which an MQTT 3.1.1 broker may refuse</source>
        <translation>el id de cliente &quot;%1&quot; supera los 23 bytes, lo que un broker MQTT 3.1.1 puede rechazar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not 0 or 1 (QoS 2 is not used)</source>
        <translation>%1 no es 0 ni 1 (QoS 2 no se usa)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is false and period is 0: nothing would ever be published</source>
        <translation>es false y period es 0: nunca se publicaría nada</translation>
    </message>
    <message>
        <location filename="../src/core/screens/svgdocument.cpp" line="+5"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
</context>
<context>
    <name>Vigie::ProjectImport</name>
    <message>
        <location filename="../src/core/exchange/projectimport.cpp" line="+239"/>
        <source>the column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field of this sheet (expected one of %3)</source>
        <translation>la columna &quot;%1&quot; está asignada a &quot;%2&quot;, que no es un campo de esta hoja (se esperaba uno de %3)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>no header row found in the first %1 rows (looked for columns such as %2): the sheet is not imported</source>
        <translation>no se encontró ninguna fila de encabezado en las primeras %1 filas (se buscaron columnas como %2): la hoja no se importa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no sheet &quot;%1&quot; (the sheets are %2)</source>
        <translation>no hay ninguna hoja &quot;%1&quot; (las hojas son %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sheet has a header row this import recognises: see docs/import.md for the column names</source>
        <translation>ninguna hoja tiene una fila de encabezado que esta importación reconozca: véase docs/import.md para los nombres de columna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column %1 &quot;%2&quot; is not a field Vigie knows: it is not imported</source>
        <translation>la columna %1 &quot;%2&quot; no es un campo que Vigie conozca: no se importa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both mean %3: keep one, or map one to another field</source>
        <translation>las columnas &quot;%1&quot; y &quot;%2&quot; significan ambas %3: conserve una o asigne una de ellas a otro campo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the %1 sheet needs the column(s) %2</source>
        <translation>la hoja %1 necesita la(s) columna(s) %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the row has no name (column &quot;%1&quot;)</source>
        <translation>la fila no tiene nombre (columna &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the address is in the %1 table, but the frame &quot;%2&quot; reads %3</source>
        <translation>la dirección está en la tabla %1, pero la trama &quot;%2&quot; lee %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>address %1 is before the start of the frame &quot;%2&quot; (%3)</source>
        <translation>la dirección %1 está antes del inicio de la trama &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the variable &quot;%1&quot; is in the frame &quot;%2&quot; but has no place in it: give its &quot;%3&quot; or its &quot;%4&quot;</source>
        <translation>la variable &quot;%1&quot; está en la trama &quot;%2&quot; pero no tiene posición en ella: indique su &quot;%3&quot; o su &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an offset needs its frame: give the &quot;%1&quot; column, or an &quot;%2&quot; instead</source>
        <translation>un desplazamiento necesita su trama: indique la columna &quot;%1&quot; o, en su lugar, una &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the variable &quot;%1&quot; has no address: give its &quot;%2&quot; (with a &quot;%3&quot;, or 40001-style), or its &quot;%4&quot; and &quot;%5&quot;</source>
        <translation>la variable &quot;%1&quot; no tiene dirección: indique su &quot;%2&quot; (con una &quot;%3&quot;, o al estilo 40001), o su &quot;%4&quot; y su &quot;%5&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the address is in the %1 table, but the &quot;%2&quot; column says %3</source>
        <translation>la dirección está en la tabla %1, pero la columna &quot;%2&quot; indica %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a variable named &quot;%1&quot; is already in the project</source>
        <translation>ya hay en el proyecto una variable llamada &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is already the name of row %2</source>
        <translation>&quot;%1&quot; ya es el nombre de la fila %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is already the name of sheet &quot;%2&quot;, row %3</source>
        <translation>&quot;%1&quot; ya es el nombre de la hoja &quot;%2&quot;, fila %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is given another value on row %2: rows of one %3 must agree</source>
        <translation>%1 recibe otro valor en la fila %2: todas las filas de %3 deben coincidir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already in the project with another &quot;%2&quot;: an import adds to it but does not change it (edit it in the project instead)</source>
        <translation>%1 ya está en el proyecto con otro valor de &quot;%2&quot;: una importación añade elementos pero no modifica los existentes (edítelos en el proyecto)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the row names no connection: add a &quot;%1&quot; column, or choose the connection to import into</source>
        <translation>la fila no indica ninguna conexión: añada una columna &quot;%1&quot; o elija la conexión en la que importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the row names no connection and the project has %1: add a &quot;%2&quot; column, or choose the connection to import into</source>
        <translation>la fila no indica ninguna conexión y el proyecto tiene %1: añada una columna &quot;%2&quot; o elija la conexión en la que importar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the connection &quot;%1&quot;</source>
        <translation>la conexión &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the row names no device of the connection &quot;%1&quot;: add a &quot;%2&quot; column, or choose the device to import into</source>
        <translation>la fila no indica ningún dispositivo de la conexión &quot;%1&quot;: añada una columna &quot;%2&quot; o elija el dispositivo en el que importar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the device &quot;%1&quot;</source>
        <translation>el dispositivo &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the frame &quot;%1&quot; is new: give its &quot;%2&quot; and &quot;%3&quot; (or leave &quot;%4&quot; empty and give addresses, to have frames planned)</source>
        <translation>la trama &quot;%1&quot; es nueva: indique su &quot;%2&quot; y su &quot;%3&quot; (o deje &quot;%4&quot; vacío e indique direcciones para que se planifiquen las tramas)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the frame &quot;%1&quot;</source>
        <translation>la trama &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+166"/>
        <source>%1/%2: %3, %n variable(s)</source>
        <translation>
            <numerusform>%1/%2: %3, %n variable</numerusform>
            <numerusform>%1/%2: %3, %n variables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the project already has a %1: it is kept</source>
        <translation>el proyecto ya tiene %1: se conserva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>una descripción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the project already has %1 settings: they are kept</source>
        <translation>el proyecto ya tiene ajustes de %1: se conservan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a project field (name, description, gateway, mqtt): the row is not imported</source>
        <translation>&quot;%1&quot; no es un campo del proyecto (name, description, gateway, mqtt): la fila no se importa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the calculated variable has no name</source>
        <translation>la variable calculada no tiene nombre</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the screen has no name</source>
        <translation>el sinóptico no tiene nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a screen named &quot;%1&quot; is already there</source>
        <translation>ya existe un sinóptico llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no screen &quot;%1&quot;: add it to the project (or a Screens sheet) first</source>
        <translation>no hay ningún sinóptico &quot;%1&quot;: añádalo antes al proyecto (o a una hoja Screens)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the element id is empty</source>
        <translation>el id del elemento está vacío</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>sheet &quot;%1&quot;</source>
        <translation>hoja &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &quot;%1&quot;</source>
        <translation>columna &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n frame(s), %1 planned</source>
        <translation>
            <numerusform>%n trama, planificadas: %1</numerusform>
            <numerusform>%n tramas, planificadas: %1</numerusform>
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
            <numerusform>%n variable calculada</numerusform>
            <numerusform>%n variables calculadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n screen(s)</source>
        <translation>
            <numerusform>%n sinóptico</numerusform>
            <numerusform>%n sinópticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n screen binding(s)</source>
        <translation>
            <numerusform>%n animación de sinóptico</numerusform>
            <numerusform>%n animaciones de sinóptico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n screen action(s)</source>
        <translation>
            <numerusform>%n acción de sinóptico</numerusform>
            <numerusform>%n acciones de sinóptico</numerusform>
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
        <translation type="vanished">Modbus RTU %1 %2 baudios</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="vanished">Simulación</translation>
    </message>
    <message>
        <source>%1 ms, %2, station %3</source>
        <translation type="vanished">%1 ms, %2, esclavo %3</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="vanished">%1 %2–%3</translation>
    </message>
    <message>
        <source>, every %1 scans</source>
        <translation type="vanished">, cada %1 escaneos</translation>
    </message>
    <message>
        <source>, write-only</source>
        <translation type="vanished">, solo escritura</translation>
    </message>
    <message>
        <source> @ %1</source>
        <translation type="vanished"> @ %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nombre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="vanished">Detalles</translation>
    </message>
</context>
<context>
    <name>Vigie::Quality</name>
    <message>
        <location filename="../src/core/tags/tagvalue.cpp" line="+21"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertain</source>
        <translation>Incierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Mala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>Obsoleta</translation>
    </message>
</context>
<context>
    <name>Vigie::ReplanDialog</name>
    <message>
        <location filename="../src/app/editor/replandialog.cpp" line="+37"/>
        <source>Re-plan the frames of &quot;%1&quot;</source>
        <translation>Replanificar las tramas de &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frames are planned again from the addresses of the variables: neighbours are read together when few addresses lie between them. Frames polled differently (scan time factor, minutes offset, delay) are planned apart.</source>
        <translation>Las tramas se vuelven a planificar a partir de las direcciones de las variables: las vecinas se leen juntas cuando hay pocas direcciones entre ellas. Las tramas sondeadas de otro modo (factor del período de escaneo, desfase en minutos, retardo) se planifican por separado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
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
        <translation>Trama actual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>&amp;Remove the %n variable(s) left out from the device</source>
        <translation>
            <numerusform>&amp;Quitar del dispositivo la %n variable excluida</numerusform>
            <numerusform>&amp;Quitar del dispositivo las %n variables excluidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read requests per cycle: %1 now, %2 re-planned.</source>
        <translation>Peticiones de lectura por ciclo: %1 ahora, %2 tras replanificar.</translation>
    </message>
</context>
<context>
    <name>Vigie::RuntimeApp</name>
    <message>
        <location filename="../src/runtime/runtimeapp.cpp" line="+236"/>
        <source>Runs a Vigie project without a screen: polls its devices and prints their values.</source>
        <translation>Ejecuta un proyecto de Vigie sin interfaz gráfica: sondea sus dispositivos e imprime sus valores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project file (*.vigie.json).</source>
        <translation>El archivo del proyecto (*.vigie.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validate the project, print every problem and exit (status 1 if there is any error).</source>
        <translation>Valida el proyecto, imprime cada problema y sale (estado 1 si hay algún error).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every readable frame once, print each variable and exit.</source>
        <translation>Lee una vez cada trama legible, imprime cada variable y sale.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>vigie-runtime: --write: no answer in time to %1</source>
        <translation>vigie-runtime: --write: sin respuesta a tiempo para %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>vigie-runtime: --eval: %1</source>
        <translation>vigie-runtime: --eval: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tag is named &quot;%1&quot;</source>
        <translation>ninguna variable se llama &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>vigie-runtime: cannot read standard input: %1</source>
        <translation>vigie-runtime: no se puede leer la entrada estándar: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+126"/>
        <source>vigie-runtime: --set-secret: %1</source>
        <translation>vigie-runtime: --set-secret: %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>vigie-runtime: the secret &quot;%1&quot; is stored in the keychain</source>
        <translation>vigie-runtime: el secreto &quot;%1&quot; está guardado en el llavero</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stop after this many seconds (default: run until SIGINT, SIGTERM or SIGHUP).</source>
        <translation>Se detiene tras este número de segundos (por defecto: se ejecuta hasta SIGINT, SIGTERM o SIGHUP).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Output format: table or jsonl (one JSON object per line).</source>
        <translation>Formato de salida: table o jsonl (un objeto JSON por línea).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write VALUE to the tag NAME (true/false for a Bool, a number, or text), wait for the answer and print it; repeat for several writes, done in order. Exit status 0 if all were acknowledged, 1 if any was refused or failed.</source>
        <translation>Escribe VALOR en la variable NOMBRE (true/false para un Bool, un número o texto), espera la respuesta y la imprime; repítalo para varias escrituras, que se hacen en orden. Estado de salida 0 si todas se confirmaron, 1 si alguna se rechazó o falló.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME=VALUE</source>
        <translation>NOMBRE=VALOR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every readable frame once, then print the value of FORMULA over the tags (see docs/formulas.md), or its error with the place; exit status 1 if the formula is wrong or its value is Bad.</source>
        <translation>Lee una vez cada trama legible y luego imprime el valor de FÓRMULA sobre las variables (véase docs/formulas.md), o su error con la posición; estado de salida 1 si la fórmula es incorrecta o su valor tiene calidad mala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FORMULA</source>
        <translation>FÓRMULA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the counters of every link and device at exit (requests, timeouts, errors, round trips).</source>
        <translation>Imprime al salir los contadores de cada enlace y dispositivo (peticiones, tiempos agotados, errores, tiempos de ida y vuelta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also print them every this many seconds.</source>
        <translation>Los imprime también periódicamente, cada tantos segundos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store in the OS keychain, under REFERENCE, the user name and password read on standard input (the user name on the first line, the password on the second), as a project&apos;s mqtt.secret refers to them; no project file is needed.</source>
        <translation>Guarda en el llavero del sistema, con el nombre REFERENCIA, el usuario y la contraseña leídos de la entrada estándar (el usuario en la primera línea, la contraseña en la segunda), tal como los referencia el mqtt.secret de un proyecto; no se necesita archivo de proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REFERENCE</source>
        <translation>REFERENCIA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the tags (and frames, calculated variables, screens, bindings) of FILE (.xlsx or .csv) into the project given with --into, which is created if it does not exist; frames are planned from the addresses. Prints what was added and every row error; on any error nothing is changed and the exit status is 1 (see docs/import.md).</source>
        <translation>Importa las variables (y tramas, variables calculadas, sinópticos, animaciones) de ARCHIVO (.xlsx o .csv) en el proyecto indicado con --into, que se crea si no existe; las tramas se planifican a partir de las direcciones. Imprime lo añadido y cada error de fila; ante cualquier error no se modifica nada y el estado de salida es 1 (véase docs/import.md).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The project file --import adds to.</source>
        <translation>El archivo de proyecto al que --import añade.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>PROJECT</source>
        <translation>PROYECTO</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>--import: read only this sheet of the workbook.</source>
        <translation>--import: leer solo esta hoja del libro.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>--import: read the column HEADER as FIELD (name, address, table, dataType, scale, unit… or ignore), over the headers recognised; repeat for several columns.</source>
        <translation>--import: leer la columna ENCABEZADO como CAMPO (name, address, table, dataType, scale, unit… o ignore), por encima de los encabezados reconocidos; repítalo para varias columnas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HEADER=FIELD</source>
        <translation>ENCABEZADO=CAMPO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--import: the connection of rows that name none (created as Modbus TCP if new).</source>
        <translation>--import: la conexión de las filas que no indican ninguna (se crea como Modbus TCP si es nueva).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--import: the device of rows that name none.</source>
        <translation>--import: el dispositivo de las filas que no indican ninguno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the project PROJECT to the file given with --to: .xlsx (a sheet per level of the tree, and the rest of the project) or .csv (the tree in one sheet).</source>
        <translation>Escribe el proyecto PROYECTO en el archivo indicado con --to: .xlsx (una hoja por nivel del árbol y el resto del proyecto) o .csv (el árbol en una sola hoja).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file --export writes.</source>
        <translation>El archivo que escribe --export.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vigie-runtime: %1 (see --help)</source>
        <translation>vigie-runtime: %1 (véase --help)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>vigie-runtime: --set-secret goes alone: give the secret on standard input, not on the command line</source>
        <translation>vigie-runtime: --set-secret va solo: dé el secreto por la entrada estándar, no en la línea de comandos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>vigie-runtime: --import goes with --into PROJECT (and --sheet, --map, --connection, --device) only</source>
        <translation>vigie-runtime: --import va solo con --into PROYECTO (y --sheet, --map, --connection, --device)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vigie-runtime: --%1 does not go with --import</source>
        <translation>vigie-runtime: --%1 no va con --import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vigie-runtime: --import needs --into PROJECT, the project file to add to</source>
        <translation>vigie-runtime: --import necesita --into PROYECTO, el archivo de proyecto al que añadir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vigie-runtime: --device needs --connection, the connection it is on</source>
        <translation>vigie-runtime: --device necesita --connection, la conexión en la que está</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vigie-runtime: --map: &quot;%1&quot; is not HEADER=FIELD</source>
        <translation>vigie-runtime: --map: &quot;%1&quot; no es ENCABEZADO=CAMPO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vigie-runtime: --%1 goes with --import</source>
        <translation>vigie-runtime: --%1 va con --import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vigie-runtime: --export PROJECT goes with --to FILE only</source>
        <translation>vigie-runtime: --export PROYECTO va solo con --to ARCHIVO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vigie-runtime: --to goes with --export</source>
        <translation>vigie-runtime: --to va con --export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vigie-runtime: give exactly one project file (see --help)</source>
        <translation>vigie-runtime: indique exactamente un archivo de proyecto (véase --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vigie-runtime: --format: &quot;%1&quot; is not table or jsonl</source>
        <translation>vigie-runtime: --format: &quot;%1&quot; no es table ni jsonl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vigie-runtime: --duration: &quot;%1&quot; is not a number of seconds</source>
        <translation>vigie-runtime: --duration: &quot;%1&quot; no es un número de segundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vigie-runtime: --duration: &quot;%1&quot; is negative; give 0 or more seconds</source>
        <translation>vigie-runtime: --duration: &quot;%1&quot; es negativo; indique 0 segundos o más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vigie-runtime: --duration: &quot;%1&quot; is more than ten years; leave --duration out to run until stopped</source>
        <translation>vigie-runtime: --duration: &quot;%1&quot; es más de diez años; omita --duration para ejecutar hasta que se detenga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vigie-runtime: --write: &quot;%1&quot; is not NAME=VALUE</source>
        <translation>vigie-runtime: --write: &quot;%1&quot; no es NOMBRE=VALOR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vigie-runtime: --stats-every: &quot;%1&quot; is not a number of seconds from 0.1 to 86400</source>
        <translation>vigie-runtime: --stats-every: &quot;%1&quot; no es un número de segundos de 0.1 a 86400</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vigie-runtime: --check, --once, --write and --eval go alone; give one of them</source>
        <translation>vigie-runtime: --check, --once, --write y --eval van solos; indique solo uno de ellos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vigie-runtime: --eval: give a formula</source>
        <translation>vigie-runtime: --eval: indique una fórmula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vigie-runtime: --eval reads once; leave --duration out</source>
        <translation>vigie-runtime: --eval lee una sola vez; omita --duration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vigie-runtime: --write ends when its writes are answered; leave --duration out</source>
        <translation>vigie-runtime: --write termina cuando se responden sus escrituras; omita --duration</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vigie-runtime: %1 is not valid; nothing was started (run with --check for the list)</source>
        <translation>vigie-runtime: %1 no es válido; no se inició nada (ejecute con --check para ver la lista)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>vigie-runtime: %1</source>
        <translation>vigie-runtime: %1</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>vigie-runtime: --once did not finish in time; values so far:</source>
        <translation>vigie-runtime: --once no terminó a tiempo; valores hasta ahora:</translation>
    </message>
</context>
<context>
    <name>Vigie::ScreenPanel</name>
    <message>
        <location filename="../src/app/screens/screenpanel.cpp" line="+31"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent screen</source>
        <translation>El sinóptico padre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screens</source>
        <translation>Sinópticos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the drawing (0)</source>
        <translation>Ajustar el dibujo (0)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no screen named %1.</source>
        <translation>No hay ningún sinóptico llamado %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The screen %1 cannot be shown: %2</source>
        <translation>No se puede mostrar el sinóptico %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some bindings of %1 are left out:
%2</source>
        <translation>Algunas animaciones de %1 se han omitido:
%2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>There is no tag named %1.</source>
        <translation>No hay ninguna variable llamada %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="vanished">%1 no se puede escribir.</translation>
    </message>
    <message>
        <source>Nothing runs: %1 cannot be written now.</source>
        <translation type="vanished">Nada está en marcha: %1 no se puede escribir ahora.</translation>
    </message>
    <message>
        <source>%1 cannot be switched now.</source>
        <translation type="vanished">%1 no se puede conmutar ahora.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Switch %1</source>
        <translation>Conmutar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch %1 from %2 to %3?</source>
        <translation>¿Conmutar %1 de %2 a %3?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 sent.</source>
        <translation>%1: %2 enviado.</translation>
    </message>
</context>
<context>
    <name>Vigie::ScreenView</name>
    <message>
        <location filename="../src/app/screens/screenview.cpp" line="+292"/>
        <source>Not to be trusted:</source>
        <translation>No fiable:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens %1</source>
        <translation>Abre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes %1</source>
        <translation>Escribe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switches %1</source>
        <translation>Conmuta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows %1</source>
        <translation>Muestra %1</translation>
    </message>
</context>
<context>
    <name>Vigie::Screens</name>
    <message>
        <location filename="../src/core/screens/screenbindingset.cpp" line="+43"/>
        <source>%1 names no attribute: write eg.&lt;element id&gt;.&lt;attribute&gt;, such as eg.pump.fill</source>
        <translation>%1 no indica ningún atributo: escriba eg.&lt;id del elemento&gt;.&lt;atributo&gt;, como eg.pump.fill</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+98"/>
        <location filename="../src/core/screens/screencheck.cpp" line="+35"/>
        <source>%1: the drawing has no element &quot;%2&quot;</source>
        <translation>%1: el dibujo no tiene ningún elemento &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 of &quot;%2&quot;</source>
        <translation>%1 de &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>%1 is not a colour (&quot;#rrggbb&quot; or a name)</source>
        <translation>%1 no es un color (&quot;#rrggbb&quot; o un nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not evaluated yet</source>
        <translation>aún no evaluada</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="vanished">no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="vanished">%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <location filename="../src/core/screens/screencheck.cpp" line="+39"/>
        <location line="+18"/>
        <source>%1 has no element &quot;%2&quot;</source>
        <translation>%1 no tiene ningún elemento &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/screens/svgdocumentreader.cpp" line="+133"/>
        <source>byte 0x%1 is not UTF-8: save the drawing as UTF-8, or declare its encoding in the XML declaration</source>
        <translation>el byte 0x%1 no es UTF-8: guarde el dibujo en UTF-8 o declare su codificación en la declaración XML</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>elements are nested more than %1 levels deep</source>
        <translation>los elementos están anidados en más de %1 niveles</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the root element &lt;svg&gt; is not in the SVG namespace (add xmlns=&quot;http://www.w3.org/2000/svg&quot;)</source>
        <translation>el elemento raíz &lt;svg&gt; no está en el espacio de nombres SVG (añada xmlns=&quot;http://www.w3.org/2000/svg&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root element is &lt;%1&gt;, not an SVG &lt;svg&gt;</source>
        <translation>el elemento raíz es &lt;%1&gt;, no un &lt;svg&gt; de SVG</translation>
    </message>
    <message>
        <location filename="../src/core/screens/svgsupport.cpp" line="+72"/>
        <source>%1 is a foreignObject: QtSvg 6.4 does not draw foreign content</source>
        <translation>%1 es un foreignObject: QtSvg 6.4 no dibuja contenido externo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is flowed text (flowRoot): QtSvg 6.4 draws its frame in black and not its text; in Inkscape, use Text &gt; Convert to Text</source>
        <translation>%1 es texto fluido (flowRoot): QtSvg 6.4 dibuja su marco en negro y no su texto; en Inkscape, use Texto &gt; Convertir a texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 puts text on a path: QtSvg 6.4 does not draw text on a path</source>
        <translation>%1 pone texto en un trayecto: QtSvg 6.4 no dibuja texto en un trayecto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is an svg inside the drawing: QtSvg 6.4 ignores its position, size and viewBox</source>
        <translation>%1 es un svg dentro del dibujo: QtSvg 6.4 ignora su posición, tamaño y viewBox</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 uses the marker &quot;%2&quot;: QtSvg 6.4 does not draw markers</source>
        <translation>%1 usa el marcador &quot;%2&quot;: QtSvg 6.4 no dibuja marcadores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is clipped by &quot;%2&quot;: QtSvg 6.4 ignores clip paths and draws it whole</source>
        <translation>%1 está recortado por &quot;%2&quot;: QtSvg 6.4 ignora los trayectos de recorte y lo dibuja entero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 uses the mask &quot;%2&quot;: QtSvg 6.4 ignores masks and draws it unmasked</source>
        <translation>%1 usa la máscara &quot;%2&quot;: QtSvg 6.4 ignora las máscaras y lo dibuja sin máscara</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 uses the filter &quot;%2&quot;: QtSvg 6.4 ignores filters (blur, shadow…) and draws it without</source>
        <translation>%1 usa el filtro &quot;%2&quot;: QtSvg 6.4 ignora los filtros (desenfoque, sombra…) y lo dibuja sin él</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the %1 of %2 is the pattern &quot;%3&quot;: QtSvg 6.4 does not paint patterns</source>
        <translation>en %2, %1 es el patrón &quot;%3&quot;: QtSvg 6.4 no pinta patrones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the stroke of %1 is &quot;%2&quot;: QtSvg 6.4 does not draw this colour (use #rrggbb and stroke-opacity)</source>
        <translation>en %1, stroke es &quot;%2&quot;: QtSvg 6.4 no dibuja este color (use #rrggbb y stroke-opacity)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 of %2 is &quot;%3&quot;: QtSvg 6.4 draws this colour black (use #rrggbb and an opacity)</source>
        <translation>en %2, %1 es &quot;%3&quot;: QtSvg 6.4 dibuja este color en negro (use #rrggbb y una opacidad)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the stop-color of %1 is &quot;%2&quot;: QtSvg 6.4 draws this colour black (use #rrggbb and stop-opacity)</source>
        <translation>en %1, stop-color es &quot;%2&quot;: QtSvg 6.4 dibuja este color en negro (use #rrggbb y stop-opacity)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gradient %1 inherits from &quot;%2&quot; through href: QtSvg 6.4 only follows xlink:href</source>
        <translation>el degradado (%1) hereda de &quot;%2&quot; mediante href: QtSvg 6.4 solo sigue xlink:href</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 places lines or parts with tspan positions: QtSvg 6.4 ignores them and runs the text together on one line</source>
        <translation>%1 coloca líneas o partes con posiciones de tspan: QtSvg 6.4 las ignora y junta todo el texto en una línea</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 shows the symbol &quot;%2&quot;: QtSvg 6.4 does not draw symbols</source>
        <translation>%1 muestra el símbolo &quot;%2&quot;: QtSvg 6.4 no dibuja símbolos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the style sheet %1 uses the colour &quot;%2&quot;: QtSvg 6.4 does not understand it (use #rrggbb and an opacity)</source>
        <translation>la hoja de estilo (%1) usa el color &quot;%2&quot;: QtSvg 6.4 no lo entiende (use #rrggbb y una opacidad)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a %1 element</source>
        <translation>un elemento %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>element &quot;%1&quot;</source>
        <translation>el elemento &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Vigie::SecretStore</name>
    <message>
        <location filename="../src/core/secrets/credentials.cpp" line="+30"/>
        <source>the keychain entry was not written by Vigie (it holds no user name and password): set it again</source>
        <translation>la entrada del llavero no la escribió Vigie (no contiene usuario y contraseña): vuelva a definirla</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>nothing was read on standard input: give the user name on the first line and the password on the second</source>
        <translation>no se leyó nada en la entrada estándar: indique el usuario en la primera línea y la contraseña en la segunda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 lines were read on standard input, but a secret is at most two: the user name, then the password</source>
        <translation>se leyeron %1 líneas en la entrada estándar, pero un secreto tiene como máximo dos: el usuario y luego la contraseña</translation>
    </message>
    <message>
        <location filename="../src/core/secrets/secretstore.cpp" line="+34"/>
        <source>the secret&apos;s reference is empty</source>
        <translation>la referencia del secreto está vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the secret&apos;s reference holds a line break</source>
        <translation>la referencia del secreto contiene un salto de línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the secret&apos;s reference is %1 characters long; at most 200</source>
        <translation>la referencia del secreto tiene %1 caracteres; como máximo, 200</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain holds no secret &quot;%1&quot;</source>
        <translation>el llavero no contiene ningún secreto &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keychain is available (on Linux, a Secret Service such as gnome-keyring or KWallet must run in the session): %1</source>
        <translation>no hay ningún llavero disponible (en Linux, un Secret Service como gnome-keyring o KWallet debe estar en ejecución en la sesión): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keychain refused access to the secret &quot;%1&quot;: %2</source>
        <translation>el llavero denegó el acceso al secreto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain failed on the secret &quot;%1&quot;: %2</source>
        <translation>el llavero falló con el secreto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>secret &quot;%1&quot;: %2</source>
        <translation>secreto &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::SimulationTransport</name>
    <message>
        <location filename="../src/core/acquisition/simulationtransport.cpp" line="+86"/>
        <source>%1 addresses cannot be written</source>
        <translation>las direcciones %1 no se pueden escribir</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the simulation is not running</source>
        <translation>la simulación no está en marcha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no simulated device %1</source>
        <translation>no hay ningún dispositivo simulado %1</translation>
    </message>
</context>
<context>
    <name>Vigie::Snapshot</name>
    <message>
        <location filename="../src/app/snapshot.cpp" line="+46"/>
        <source>%1 has errors:
%2</source>
        <translation>%1 tiene errores:
%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no screens</source>
        <translation>%1 no tiene sinópticos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no screen is named &quot;%1&quot; (the project has: %2)</source>
        <translation>ningún sinóptico se llama &quot;%1&quot; (el proyecto tiene: %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the devices were not all read within %1 s</source>
        <translation>no se leyeron todos los dispositivos en %1 s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Vigie::Station</name>
    <message>
        <location filename="../src/core/station.cpp" line="+180"/>
        <source>acquisition stopped</source>
        <translation>adquisición detenida</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+32"/>
        <source>acquisition stopped before it was sent</source>
        <translation>adquisición detenida antes de enviarse</translation>
    </message>
</context>
<context>
    <name>Vigie::StatsPrinter</name>
    <message>
        <location filename="../src/runtime/statsprinter.cpp" line="+27"/>
        <source>%1 requests, %2 good, %3 timeouts, %4 exceptions, %5 other errors, round trip %6 ms mean / %7 ms p99</source>
        <translation>%1 peticiones, %2 buenas, %3 tiempos agotados, %4 excepciones, %5 otros errores, ida y vuelta %6 ms de media / %7 ms p99</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, %1 skipped cycles</source>
        <translation>, %1 ciclos omitidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; last error at %1: %2</source>
        <translation>; último error (%1): %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Statistics at %1</source>
        <translation>Estadísticas (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link &quot;%1&quot; (%2): %3, %4 reconnection(s); %5</source>
        <translation>enlace &quot;%1&quot; (%2): %3, %4 reconexión(es); %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  device &quot;%1&quot;: %2; %3</source>
        <translation>  dispositivo &quot;%1&quot;: %2; %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>mqtt %1: %2; %3 queued (%4 kB), %5 messages sent (%6 live metrics, %7 historical), %8 dropped, %9 births</source>
        <translation>mqtt %1: %2; %3 en cola (%4 kB), %5 mensajes enviados (%6 métricas en vivo, %7 históricas), %8 perdidas, %9 nacimientos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; last error: %1</source>
        <translation>; último error: %1</translation>
    </message>
</context>
<context>
    <name>Vigie::TagCatalog</name>
    <message>
        <location filename="../src/core/tags/tagcatalog.cpp" line="+194"/>
        <source>the calculated variable &quot;%1&quot; has the name of a system tag, so it is not created: rename it</source>
        <translation>la variable calculada &quot;%1&quot; tiene el nombre de una variable de sistema, así que no se crea: cámbiele el nombre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the variable &quot;%1&quot; has the name of a system tag, which is not created: rename the variable</source>
        <translation>la variable &quot;%1&quot; tiene el nombre de una variable de sistema, que no se crea: cambie el nombre de la variable</translation>
    </message>
</context>
<context>
    <name>Vigie::TagTable</name>
    <message>
        <location filename="../src/core/tags/tagtable.cpp" line="+57"/>
        <source>not read yet</source>
        <translation>aún no leída</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>not refreshed for %1 s (expected within %2 s)</source>
        <translation>sin actualizar desde hace %1 s (se esperaba en %2 s)</translation>
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
        <translation>Doble clic o Intro para escribir un valor</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setpoint</source>
        <translation>Consigna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp</source>
        <translation>Marca de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>Vigie::ValueCodec</name>
    <message>
        <location filename="../src/core/acquisition/valuecodec.cpp" line="+95"/>
        <source>scaling %1 gives no number (not a number)</source>
        <translation>al escalar %1 se obtiene NaN (no es un número)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scaling %1 gives a value too large for a Float32 (beyond ±3.4e38)</source>
        <translation>al escalar %1 se obtiene un valor demasiado grande para un Float32 (más allá de ±3.4e38)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scaling %1 gives a value too large for a number (beyond ±1.8e308)</source>
        <translation>al escalar %1 se obtiene un valor demasiado grande para un número (más allá de ±1.8e308)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a String needs a length of at least 1, not %1</source>
        <translation>un String necesita una longitud de al menos 1, no %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>bit %1 is outside 0–15: a register has 16 bits</source>
        <translation>el bit %1 está fuera de 0–15: un registro tiene 16 bits</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the reply holds %1 words; the variable needs words %2–%3</source>
        <translation>la respuesta contiene %1 palabras; la variable necesita las palabras %2–%3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the device sent %1, not a number</source>
        <translation>el dispositivo envió %1, no un número</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not on/off (true, false, 1 or 0)</source>
        <translation>%1 no es encendido/apagado (true, false, 1 o 0)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a %1 cannot be written to a bit</source>
        <translation>un %1 no se puede escribir en un bit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a String holds 1–%1 characters, not %2</source>
        <translation>un String contiene 1–%1 caracteres, no %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is longer than %2 bytes</source>
        <translation>&quot;%1&quot; supera los %2 bytes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 does not fit a %2</source>
        <translation>%1 no cabe en un %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gives no finite raw value: (%1 − %2) ÷ %3 is %4</source>
        <translation>%1 no da un valor bruto finito: (%1 − %2) ÷ %3 es %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not fit a %2 (raw value %3)</source>
        <translation>%1 no cabe en un %2 (valor bruto %3)</translation>
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
        <translation>Senoidal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp</source>
        <translation>Rampa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square</source>
        <translation>Cuadrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random walk</source>
        <translation>Paseo aleatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Simulated signal</source>
        <translation>Señal simulada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal waveform</source>
        <translation>Forma de onda de la señal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal period</source>
        <translation>Período de la señal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal amplitude</source>
        <translation>Amplitud de la señal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal offset</source>
        <translation>Desplazamiento de la señal</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>New variable</source>
        <translation>Nueva variable</translation>
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
        <translation>%1 no es un campo que se pueda establecer en varias variables a la vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a text</source>
        <translation>%1 no es un texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is outside 0–10</source>
        <translation>%1 está fuera de 0–10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not one of %2</source>
        <translation>%1 no es ninguno de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is neither true nor false</source>
        <translation>%1 no es ni true ni false</translation>
    </message>
</context>
<context>
    <name>Vigie::WriteDialog</name>
    <message>
        <location filename="../src/app/writedialog.cpp" line="+16"/>
        <source>There is no such tag.</source>
        <translation>No existe esa variable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is read-only.</source>
        <translation>%1 es de solo lectura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquisition is not running: %1 cannot be written now.</source>
        <translation>La adquisición no está en marcha: %1 no se puede escribir ahora.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Write %1</source>
        <translation>Escribir %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing yet</source>
        <translation>aún ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no minimum</source>
        <translation>sin mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no maximum</source>
        <translation>sin máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Write…</source>
        <translation>Escribir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write %1 to %2?
It reads %3 now.</source>
        <translation>¿Escribir %1 en %2?
Valor actual: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 written to %2.</source>
        <translation>%1 escrito en %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not written (%1): %2</source>
        <translation>No escrito (%1): %2</translation>
    </message>
</context>
<context>
    <name>Vigie::WriteService</name>
    <message>
        <location filename="../src/core/writes/writerequest.cpp" line="+48"/>
        <source>unknown tag</source>
        <translation>variable desconocida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a %2 tag and cannot be written</source>
        <translation>%1 es una variable %2 y no se puede escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation>de sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calculated</source>
        <translation>calculada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is read-only</source>
        <translation>%1 es de solo lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value given</source>
        <translation>no se indicó ningún valor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is below the minimum %2 %3</source>
        <translation>%1 está por debajo del mínimo %2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is above the maximum %2 %3</source>
        <translation>%1 está por encima del máximo %2 %3</translation>
    </message>
    <message>
        <location filename="../src/core/writes/writeservice.cpp" line="+50"/>
        <source>acquisition is not running</source>
        <translation>la adquisición no está en marcha</translation>
    </message>
</context>
<context>
    <name>Vigie::XlsxFile</name>
    <message>
        <location filename="../src/core/spreadsheet/xlsxfile.cpp" line="+74"/>
        <location filename="../src/core/spreadsheet/xlsxsheetreader.cpp" line="+127"/>
        <location line="+199"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../src/core/spreadsheet/xlsxwriter.cpp" line="+376"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxpackage.cpp" line="+47"/>
        <source>part %1 cannot be opened in the zip archive (zip error %2)</source>
        <translation>la parte %1 no se puede abrir en el archivo zip (error zip %2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>part %1 is damaged: its compressed data cannot be inflated (zip error %2)</source>
        <translation>la parte %1 está dañada: sus datos comprimidos no se pueden descomprimir (error zip %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>part %1 is damaged: its checksum does not match (zip error %2)</source>
        <translation>la parte %1 está dañada: su suma de comprobación no coincide (error zip %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>part %1 inflates to more than %2, the limit for one part: a zip bomb or a damaged file</source>
        <translation>la parte %1 se descomprime en más de %2, el límite para una parte: una bomba zip o un archivo dañado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the parts read inflate to more than %1 in all (the limit), at part %2: a zip bomb or a damaged file</source>
        <translation>las partes leídas se descomprimen en más de %1 en total (el límite), en la parte %2: una bomba zip o un archivo dañado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>part %1 holds a text or tag of more than %2, longer than any cell: a zip bomb or a damaged file</source>
        <translation>la parte %1 contiene un texto o una etiqueta de más de %2, más largo que cualquier celda: una bomba zip o un archivo dañado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is an old .xls workbook, or a workbook protected by a password; save it from Excel as an .xlsx workbook without a password</source>
        <translation>es un libro .xls antiguo o un libro protegido con contraseña; guárdelo desde Excel como libro .xlsx sin contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not an .xlsx workbook (the file is not a zip archive)</source>
        <translation>no es un libro .xlsx (el archivo no es un archivo zip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is damaged or truncated: its zip directory cannot be read (zip error %1)</source>
        <translation>el archivo está dañado o truncado: no se puede leer su directorio zip (error zip %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is damaged: its zip directory cannot be read (zip error %1)</source>
        <translation>el archivo está dañado: no se puede leer su directorio zip (error zip %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>part %1 is missing from the zip archive</source>
        <translation>falta la parte %1 en el archivo zip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>part %1 cannot be found in the zip archive (zip error %2)</source>
        <translation>no se encuentra la parte %1 en el archivo zip (error zip %2)</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxsharedstrings.cpp" line="+44"/>
        <source>more than %1 shared strings, the limit</source>
        <translation>más de %1 cadenas compartidas, el límite</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxsheetreader.cpp" line="-211"/>
        <source>row &quot;%1&quot;: not a row number</source>
        <translation>fila &quot;%1&quot;: no es un número de fila</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>past the last row allowed (%1)</source>
        <translation>más allá de la última fila permitida (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a cell reference</source>
        <translation>&quot;%1&quot; no es una referencia de celda</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>past the last column (%1) or row (%2) allowed</source>
        <translation>más allá de la última columna (%1) o fila (%2) permitida</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>shared string &quot;%1&quot; does not exist (the workbook has %n shared strings)</source>
        <translation>
            <numerusform>la cadena compartida &quot;%1&quot; no existe (el libro tiene %n cadena compartida)</numerusform>
            <numerusform>la cadena compartida &quot;%1&quot; no existe (el libro tiene %n cadenas compartidas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a boolean (0 or 1)</source>
        <translation>&quot;%1&quot; no es un booleano (0 o 1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an ISO 8601 date</source>
        <translation>&quot;%1&quot; no es una fecha ISO 8601</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown cell type &quot;%1&quot;</source>
        <translation>tipo de celda desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the sheets would hold more than %1 cells, the limit (a sparse cell far away counts every empty cell before it)</source>
        <translation>las hojas contendrían más de %1 celdas, el límite (una celda aislada lejana cuenta todas las celdas vacías anteriores)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cell %1: %2</source>
        <translation>celda %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <source>sheet &quot;%1&quot;: %2</source>
        <translation>hoja &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>sheet &quot;%1&quot;, %2</source>
        <translation>hoja &quot;%1&quot;, %2</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxstyles.cpp" line="+34"/>
        <source>more than %1 formats, the limit</source>
        <translation>más de %1 formatos, el límite</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxworkbook.cpp" line="+107"/>
        <source>part %1 is missing: this zip archive is not an Excel workbook</source>
        <translation>falta la parte %1: este archivo zip no es un libro de Excel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the workbook has more than %1 sheets, the limit</source>
        <translation>el libro tiene más de %1 hojas, el límite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sheet &quot;%1&quot; refers to relationship &quot;%2&quot;, which %3 does not have</source>
        <translation>la hoja &quot;%1&quot; hace referencia a la relación &quot;%2&quot;, que %3 no tiene</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxwriter.cpp" line="-330"/>
        <source>a sheet has no name, which Excel requires</source>
        <translation>una hoja no tiene nombre, y Excel lo exige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet name &quot;%1&quot; has %2 characters, more than Excel&apos;s %3</source>
        <translation>el nombre de hoja &quot;%1&quot; tiene %2 caracteres, más que los %3 de Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sheet name &quot;%1&quot; contains &quot;%2&quot;, which Excel does not allow in sheet names</source>
        <translation>el nombre de hoja &quot;%1&quot; contiene &quot;%2&quot;, que Excel no admite en nombres de hoja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sheet name &quot;%1&quot; contains a control character</source>
        <translation>el nombre de hoja &quot;%1&quot; contiene un carácter de control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet name &quot;%1&quot; starts or ends with an apostrophe, which Excel does not allow</source>
        <translation>el nombre de hoja &quot;%1&quot; empieza o termina con un apóstrofo, lo que Excel no admite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the workbook has no sheet; Excel needs at least one</source>
        <translation>el libro no tiene ninguna hoja; Excel necesita al menos una</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>two sheets are named &quot;%1&quot; (Excel does not tell upper and lower case apart)</source>
        <translation>dos hojas se llaman &quot;%1&quot; (Excel no distingue mayúsculas de minúsculas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sheet &quot;%1&quot; has %2 rows, more than Excel&apos;s %3</source>
        <translation>la hoja &quot;%1&quot; tiene %2 filas, más que las %3 de Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sheet &quot;%1&quot; has %2 columns, more than Excel&apos;s %3</source>
        <translation>la hoja &quot;%1&quot; tiene %2 columnas, más que las %3 de Excel</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>cannot add %1 to the zip archive (zip error %2)</source>
        <translation>no se puede añadir %1 al archivo zip (error zip %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1 into the zip archive (zip error %2)</source>
        <translation>no se puede escribir %1 en el archivo zip (error zip %2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+12"/>
        <source>cannot write the file: %1</source>
        <translation>no se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>cannot create the zip archive (zip error %1)</source>
        <translation>no se puede crear el archivo zip (error zip %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot finish the zip archive (zip error %1)</source>
        <translation>no se puede terminar el archivo zip (error zip %1)</translation>
    </message>
    <message>
        <location filename="../src/core/spreadsheet/xlsxxml.cpp" line="+58"/>
        <source>elements nest more than %1 deep</source>
        <translation>los elementos están anidados en más de %1 niveles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a document type declaration (DTD), which no workbook part has</source>
        <translation>una declaración de tipo de documento (DTD), que ninguna parte de un libro tiene</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>part %1, line %2: %3</source>
        <translation>parte %1, línea %2: %3</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../ui/writedialog.ui" line="+9"/>
        <source>Write a value</source>
        <translation>Escribir un valor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Now:</source>
        <translation>Actual:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last written:</source>
        <translation>Última escritura:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allowed:</source>
        <translation>Permitido:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New value:</source>
        <translation>Valor nuevo:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+22"/>
        <source>Vigie SCADA HMI</source>
        <translation>Vigie HMI SCADA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project to open (*.vigie.json).</source>
        <translation>Proyecto que se abrirá (*.vigie.json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read every device once, draw SCREEN with its bindings into the --output PNG file and exit (0, or 1 with the reason).</source>
        <translation>Lee cada dispositivo una vez, dibuja SCREEN con sus animaciones en el archivo PNG de --output y sale (0, o 1 con el motivo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The snapshot&apos;s PNG file.</source>
        <translation>El archivo PNG de la captura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snapshot&apos;s size in pixels (default: the drawing&apos;s).</source>
        <translation>El tamaño de la captura en píxeles (por defecto: el del dibujo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--snapshot needs one project file</source>
        <translation>--snapshot necesita un archivo de proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--snapshot needs --output FILE.png</source>
        <translation>--snapshot necesita --output FILE.png</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size %1: expected WIDTHxHEIGHT, such as 1280x800, each 1–16384</source>
        <translation>--size %1: se esperaba ANCHOxALTO, como 1280x800, cada uno entre 1 y 16384</translation>
    </message>
</context>
</TS>
