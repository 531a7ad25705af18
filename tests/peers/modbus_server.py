#!/usr/bin/python3
"""A Modbus slave for Vigie's integration tests and examples, served by pymodbus 3.0.

    modbus_server.py --tcp PORT   --map FILE.json [--units 1,3] [--verbose]
    modbus_server.py --rtu DEVICE --map FILE.json [--units 1,3] [--verbose]

--tcp listens on 127.0.0.1:PORT only. --rtu serves Modbus RTU on a serial device, in practice
one end of a socat pty pair, at 19200 baud 8N1 (a pty ignores baud and parity anyway).
--units serves only these unit ids of the map: on an RTU bus the others stay silent, as an
absent slave would. Once it serves, the script prints one line, "ready tcp PORT" or
"ready rtu DEVICE"; with --verbose it then prints one line per request, and nothing else goes
to standard output. SIGTERM or SIGINT stops it with status 0.

The map is JSON. Keys that start with "_" are comments, ignored at every level:

    {
      "_comment": "anything",
      "units": {
        "1": {
          "holding_registers": [{"start": 0, "values": ["0x1234", 4660, ...]},
                                {"start": 100, "values": [...]}],
          "input_registers":   [{"start": 0, "values": [...]}],
          "coils":             [{"start": 0, "values": [1, 0, 1]}],
          "discrete_inputs":   [{"start": 0, "values": [0, 1]}]
        },
        "2": { ... }
      }
    }

Unit ids are 1-247 (0 is the RTU broadcast address; pymodbus serves no id above 247).
Addresses are the 0-based addresses of the Modbus PDU (holding register 40001 is address 0).
A register value is a raw 16-bit word, as a number (0-65535) or as a hexadecimal string
("0x4142"); a bit is 0 or 1. A table may hold several blocks and may be left out (then it
holds nothing). A request that touches any address outside the declared blocks, even
partly, is answered with exception 2 (Illegal Data Address). A request for a unit not served
gets no answer at all, over TCP as over RTU. Writes (FC5, 6, 15, 16, 22) are kept, so they
read back.
"""

import argparse
import json
import signal
import struct
import sys

# Until the event loop takes over the signals, a SIGTERM (a test giving up early) must still
# end with status 0 and no traceback.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))

import asyncio  # noqa: E402  (after the signal handler on purpose)
import logging  # noqa: E402

from pymodbus.datastore import (  # noqa: E402
    ModbusServerContext,
    ModbusSlaveContext,
    ModbusSparseDataBlock,
)
from pymodbus.pdu import ExceptionResponse  # noqa: E402
from pymodbus.server import StartAsyncSerialServer, StartAsyncTcpServer  # noqa: E402
from pymodbus.server.async_io import (  # noqa: E402
    ModbusConnectedRequestHandler,
    ModbusSingleRequestHandler,
)
from pymodbus.transaction import ModbusRtuFramer, ModbusSocketFramer  # noqa: E402

TABLES = {  # map key -> (ModbusSlaveContext keyword, biggest value)
    "coils": ("co", 1),
    "discrete_inputs": ("di", 1),
    "holding_registers": ("hr", 0xFFFF),
    "input_registers": ("ir", 0xFFFF),
}


class MapError(Exception):
    pass


def word(value, where, biggest):
    # Hex strings let a map show the bytes of a byte-order test as they are on the wire.
    if isinstance(value, str):
        try:
            value = int(value, 16) if value.lower().startswith("0x") else int(value)
        except ValueError:
            raise MapError(f"{where}: {value!r} is not a number") from None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= biggest:
        raise MapError(f"{where}: {value!r} is not a whole number in 0-{biggest}")
    return value


def table_block(blocks, where, biggest):
    """One sparse block for all the blocks of a table."""
    # A sparse block answers only the addresses it holds and fails a read that is even partly
    # outside them; an absent table would give a ModbusSlaveContext 65536 zeros instead.
    if not isinstance(blocks, list):
        raise MapError(f"{where}: must be a list of blocks")
    cells = {}
    for i, block in enumerate(blocks):
        here = f"{where}[{i}]"
        if not isinstance(block, dict):
            raise MapError(f"{here}: must be an object with \"start\" and \"values\"")
        fields = {k: v for k, v in block.items() if not k.startswith("_")}
        if set(fields) != {"start", "values"}:
            raise MapError(f"{here}: needs exactly \"start\" and \"values\", has {sorted(fields)}")
        start, values = fields["start"], fields["values"]
        if not isinstance(values, list) or not values:
            raise MapError(f"{here}.values: must be a list that is not empty")
        if isinstance(start, bool) or not isinstance(start, int) or not 0 <= start <= 0xFFFF:
            raise MapError(f"{here}.start: {start!r} is not an address in 0-65535")
        if start + len(values) > 0x10000:
            raise MapError(f"{here}: runs past address 65535")
        for offset, value in enumerate(values):
            address = start + offset
            if address in cells:
                raise MapError(f"{here}: address {address} is already declared")
            cells[address] = word(value, f"{here}.values[{offset}]", biggest)
    # mutable=False: a write can change a value but never add an address.
    return ModbusSparseDataBlock(cells, mutable=False)


def load_map(path, wanted):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    units = document.get("units") if isinstance(document, dict) else None
    if not isinstance(units, dict) or not units:
        raise MapError('the map needs a "units" object with at least one unit')
    slaves = {}
    for key, tables in units.items():
        if key.startswith("_"):
            continue
        if not key.isdigit() or not 1 <= int(key) <= 247:
            raise MapError(f"units.{key}: a unit id is a whole number in 1-247")
        if not isinstance(tables, dict):
            raise MapError(f"units.{key}: must be an object of tables")
        unknown = [t for t in tables if not t.startswith("_") and t not in TABLES]
        if unknown:
            raise MapError(f"units.{key}: unknown table(s) {unknown}, expected {list(TABLES)}")
        stores = {
            keyword: table_block(tables.get(name, []), f"units.{key}.{name}", biggest)
            for name, (keyword, biggest) in TABLES.items()
        }
        # zero_mode: without it, pymodbus 3.0 adds 1 to every address (address 0 reads the
        # block's second value).
        slaves[int(key)] = ModbusSlaveContext(**stores, zero_mode=True)
    if wanted is not None:
        missing = sorted(set(wanted) - set(slaves))
        if missing:
            raise MapError(f"--units {missing} not in the map (it has {sorted(slaves)})")
        slaves = {unit: ctx for unit, ctx in slaves.items() if unit in wanted}
    return ModbusServerContext(slaves=slaves, single=False)


def unit_list(text):
    try:
        return {int(unit) for unit in text.split(",")}
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of unit ids like 1,3") from None


def say(line):
    print(line, flush=True)


def describe(request):
    words = [f"unit {request.unit_id} fc {request.function_code}"]
    for name in ("address", "count", "value", "values", "and_mask", "or_mask"):
        value = getattr(request, name, None)
        if value is not None:
            words.append(f"{name} {value}")
    return " ".join(words)


class TcpFramer(ModbusSocketFramer):
    """pymodbus 3.0's Modbus TCP framing, made to wait for the rest of a request."""

    # 3.0 cannot take a request that arrives in two reads (it throws the first part away, then
    # drops the connection over the rest), and throws away what follows a request for a unit
    # it does not serve: a master that pipelines requests, as QModbusTcpClient does, loses some.
    def processIncomingPacket(self, data, callback, unit, **kwargs):
        self.addToFrame(data)
        while len(self._buffer) > self._hsize:  # the MBAP header and a function code
            tid, pid, length, uid = struct.unpack(">HHHB", self._buffer[: self._hsize])
            if not 2 <= length <= 254:
                self.resetFrame()  # not Modbus, or out of step: nothing left to trust
                return
            if len(self._buffer) < self._hsize - 1 + length:
                return  # the rest comes with the next read
            self._header.update(tid=tid, pid=pid, len=length, uid=uid)
            self._process(callback)  # decodes, moves past the frame, answers


class RtuFramer(ModbusRtuFramer):
    """pymodbus 3.0's Modbus RTU framing, passing requests for every unit to the server."""

    # 3.0 drops a request for a unit it does not serve in the framer, with whatever was read
    # after it; the server drops it just as silently (ignore_missing_slaves), frame by frame.
    def _validate_unit_id(self, units, single):
        return True


class VerboseHandler:
    """Prints one line per request."""

    # execute() answers through send(), so send() sees the request and its response.
    def execute(self, request, *addr):
        self.request = request
        if request.unit_id not in self.server.context:
            say(f"{describe(request)} -> not served, no answer")
        super().execute(request, *addr)

    def send(self, message, *addr, **kwargs):
        outcome = (
            f"exception {message.exception_code}"
            if isinstance(message, ExceptionResponse)
            else "ok"
        )
        say(f"{describe(self.request)} -> {outcome}")
        super().send(message, *addr, **kwargs)


class VerboseTcpHandler(VerboseHandler, ModbusConnectedRequestHandler):
    pass


class VerboseRtuHandler(VerboseHandler, ModbusSingleRequestHandler):
    pass


class Quiet(logging.Filter):
    """Keeps standard error for real trouble."""

    # pymodbus 3.0 logs as errors what is normal here: each exception response and each
    # request for a unit not served (the tests ask for them; --verbose shows them), each master
    # that disconnects, and the sessions still open when the server stops.
    NOISE = (
        "Exception Response(",
        "requested slave does not exist",
        "has been cancel",
        "aborting active session",
    )

    def filter(self, record):
        message = record.getMessage()
        return not any(noise in message for noise in self.NOISE)


async def serve(args, context):
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    if args.tcp is not None:
        server = await StartAsyncTcpServer(
            context=context,
            address=("127.0.0.1", args.tcp),
            framer=TcpFramer,
            handler=VerboseTcpHandler if args.verbose else None,
            ignore_missing_slaves=True,
            # A test that restarts the server on the same port must not wait for TIME_WAIT.
            allow_reuse_address=True,
            defer_start=True,
        )
        task = asyncio.create_task(server.serve_forever())
        # serving is set once the socket listens, or never if binding fails: watch both.
        await asyncio.wait({task, server.serving}, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # raises the bind error
        say(f"ready tcp {args.tcp}")
    else:
        server = await StartAsyncSerialServer(
            context=context,
            framer=RtuFramer,
            handler=VerboseRtuHandler if args.verbose else None,
            ignore_missing_slaves=True,
            port=args.rtu,
            baudrate=19200,
            bytesize=8,
            parity="N",
            stopbits=1,
            # Like a slave that stays powered while its cable is cut: if the pty goes away (a
            # test restarts socat), open it again as soon as it is back.
            auto_reconnect=True,
            reconnect_delay=0.2,
            defer_start=True,
        )
        await server.start()
        if server.transport is None:  # pymodbus logs some open failures and carries on
            raise OSError(f"cannot open {args.rtu}")
        task = None
        say(f"ready rtu {args.rtu}")

    # The serial server has no task of its own: it lives as long as the port is open.
    await stop.wait()
    if task is not None:
        task.cancel()
    await server.shutdown()


def main():
    parser = argparse.ArgumentParser(description="Modbus slave for Vigie's tests (pymodbus 3.0)")
    link = parser.add_mutually_exclusive_group(required=True)
    link.add_argument("--tcp", type=int, metavar="PORT", help="listen on 127.0.0.1:PORT")
    link.add_argument("--rtu", metavar="DEVICE", help="serve Modbus RTU on this serial device")
    parser.add_argument("--map", required=True, metavar="FILE.json", help="what each unit holds")
    parser.add_argument(
        "--units", type=unit_list, metavar="1,3", help="serve only these unit ids of the map"
    )
    parser.add_argument("--verbose", action="store_true", help="print one line per request")
    args = parser.parse_args()

    # force: importing pymodbus.constants already configured the root logger its own way.
    logging.basicConfig(
        stream=sys.stderr, format="modbus_server: %(levelname)s: %(message)s", force=True
    )
    logging.getLogger().handlers[0].addFilter(Quiet())

    try:
        context = load_map(args.map, args.units)
    except (OSError, ValueError, MapError) as error:
        sys.exit(f"modbus_server: {args.map}: {error}")
    try:
        asyncio.run(serve(args, context))
    except OSError as error:
        sys.exit(f"modbus_server: {error}")


if __name__ == "__main__":
    main()
