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
const path = require('path');
const { createRequire } = require('module');

function usage(message) {
    process.stderr.write(`sparkplug_decode.js: ${message}\n`
        + 'usage: node sparkplug_decode.js [--peers DIR] [FILE...]\n');
    process.exit(2);
}

const files = [];
let peers = null;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--peers') {
        if (i + 1 >= args.length)
            usage('--peers needs a directory');
        peers = args[++i];
    } else if (args[i] === '--help' || args[i] === '-h') {
        usage('decodes Sparkplug B payloads with Eclipse Tahu\'s codec');
    } else {
        files.push(args[i]);
    }
}

// require() as if from a file in DIR: finds DIR/node_modules, or DIR itself when it is one.
const load = peers ? createRequire(path.join(path.resolve(peers), 'package.json')) : require;
let sparkplug, Long, ProtoPayload;
try {
    sparkplug = load('sparkplug-payload').get('spBv1.0');
    Long = load('long');
    ProtoPayload = load('sparkplug-payload/lib/sparkplugPayloadProto').org.eclipse.tahu.protobuf.Payload;
} catch (e) {
    process.stderr.write('sparkplug_decode.js: cannot load the npm package sparkplug-payload '
        + `(${e.message.split('\n')[0]}): run ./dev test, which installs the node test peers\n`);
    process.exit(3);
}

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
