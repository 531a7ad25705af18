#!/usr/bin/env node
// Decodes Sparkplug B payloads with Eclipse Tahu's JavaScript codec (npm sparkplug-payload), an
// implementation independent of Vigie's, and prints what it read as one JSON object per line.
//
//   node sparkplug_decode.js [--peers DIR] [FILE...]     (no FILE: one payload on stdin)
//
// DIR holds the node_modules that `npm ci` made from package-lock.json (<build>/node-peers, or
// its node_modules itself); without --peers, NODE_PATH or the script's own directory is used.
// See tests/peers/README.md for the output.
'use strict';

const fs = require('fs');
const tahu = require('./tahu');

const options = tahu.parseArgs('sparkplug_decode.js',
    'node sparkplug_decode.js [--peers DIR] [FILE...]',
    'decodes Sparkplug B payloads with Eclipse Tahu\'s codec');
const files = options.files;
const [sparkplugPayload, Long, proto] = tahu.load('sparkplug_decode.js', options.peers,
    ['sparkplug-payload', 'long', 'sparkplug-payload/lib/sparkplugPayloadProto']);
const sparkplug = sparkplugPayload.get('spBv1.0');
const ProtoPayload = proto.org.eclipse.tahu.protobuf.Payload;

// JSON has no 64-bit integers, NaN or infinities: Longs become decimal strings (unsigned ones
// stay unsigned), non-finite numbers the strings "NaN", "Infinity", "-Infinity".
function plain(value) {
    if (value === null || value === undefined)
        return value;
    if (Long.isLong(value))
        return value.toString();
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : String(value);
    if (value instanceof Uint8Array)
        return { bytes: Buffer.from(value).toString('base64') };
    if (Array.isArray(value))
        return value.map(plain);
    if (typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value))
            out[key] = plain(value[key]);
        return out;
    }
    return value;
}

function decode(bytes) {
    const payload = sparkplug.decodePayload(bytes);
    // The same bytes through protobufjs alone: the datatype numbers and which oneof field held
    // each value, which Tahu's decoded form does not show.
    const raw = ProtoPayload.decode(bytes);
    const out = {};
    for (const key of ['timestamp', 'seq', 'uuid'])
        if (key in payload)
            out[key] = plain(payload[key]);
    out.metrics = (payload.metrics || []).map((metric, i) => {
        const r = raw.metrics[i];
        const m = {};
        for (const key of ['name', 'alias', 'timestamp'])
            if (key in metric)
                m[key] = plain(metric[key]);
        if (Object.prototype.hasOwnProperty.call(r, 'datatype'))
            m.datatype = r.datatype;
        m.type = metric.type === undefined ? null : metric.type;
        m.value = plain(metric.value);
        if (Object.prototype.hasOwnProperty.call(r, 'isHistorical'))
            m.isHistorical = r.isHistorical;
        if (Object.prototype.hasOwnProperty.call(r, 'isTransient'))
            m.isTransient = r.isTransient;
        if (Object.prototype.hasOwnProperty.call(r, 'isNull'))
            m.isNull = r.isNull;
        m.field = r.value || null; // "intValue", "longValue", ... or null
        m.rawValue = r.value ? plain(r[r.value]) : null;
        return m;
    });
    return out;
}

function run(name, bytes) {
    try {
        process.stdout.write(JSON.stringify(decode(bytes)) + '\n');
        return true;
    } catch (e) {
        process.stderr.write(`sparkplug_decode.js: ${name}: ${e.message}\n`);
        process.stdout.write(JSON.stringify({ error: e.message }) + '\n');
        return false;
    }
}

let ok = true;
if (files.length === 0) {
    ok = run('standard input', fs.readFileSync(0));
} else {
    for (const file of files)
        ok = run(file, fs.readFileSync(file)) && ok;
}
process.exit(ok ? 0 : 1);
