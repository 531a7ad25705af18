#!/usr/bin/env node
// Encodes Sparkplug B payloads with Eclipse Tahu's JavaScript codec (npm sparkplug-payload), as
// a host application would send its NCMD and DCMD, for Vigie's decoder to read.
//
//   node sparkplug_encode.js [--peers DIR] [--binary] [FILE]     (no FILE: JSON on stdin)
//
// The JSON is one payload in Tahu's form, or an array of them:
//   {"timestamp": 1700000000000, "seq": 0,
//    "metrics": [{"name": "Node Control/Rebirth", "type": "Boolean", "value": true},
//                {"alias": 7, "type": "Int64", "value": "-9007199254740993"}]}
// Integers past 2^53 (values, aliases, timestamps, seq) are given as decimal strings; a value
// of null makes Tahu set is_null. Prints one line of base64 per payload, or with --binary the
// bytes of the single payload. --peers is as for sparkplug_decode.js.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

function usage(message) {
    process.stderr.write(`sparkplug_encode.js: ${message}\n`
        + 'usage: node sparkplug_encode.js [--peers DIR] [--binary] [FILE]\n');
    process.exit(2);
}

let file = null;
let peers = null;
let binary = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--peers') {
        if (i + 1 >= args.length)
            usage('--peers needs a directory');
        peers = args[++i];
    } else if (args[i] === '--binary') {
        binary = true;
    } else if (args[i] === '--help' || args[i] === '-h') {
        usage('encodes Sparkplug B payloads with Eclipse Tahu\'s codec');
    } else if (file === null) {
        file = args[i];
    } else {
        usage('one input file at most');
    }
}

const load = peers ? createRequire(path.join(path.resolve(peers), 'package.json')) : require;
let sparkplug, Long;
try {
    sparkplug = load('sparkplug-payload').get('spBv1.0');
    Long = load('long');
} catch (e) {
    process.stderr.write('sparkplug_encode.js: cannot load the npm package sparkplug-payload '
        + `(${e.message.split('\n')[0]}): run ./dev test, which installs the node test peers\n`);
    process.exit(3);
}

const LongTypes = { Int64: false, UInt32: true, UInt64: true, DateTime: true };

// A decimal string as the Long Tahu's encoder takes for 64-bit fields.
function long(value, unsigned) {
    return typeof value === 'string' ? Long.fromString(value, unsigned) : value;
}

function payloadFrom(json) {
    const payload = {};
    if (json.timestamp !== undefined)
        payload.timestamp = long(json.timestamp, true);
    if (json.seq !== undefined)
        payload.seq = long(json.seq, true);
    if (json.uuid !== undefined)
        payload.uuid = json.uuid;
    payload.metrics = (json.metrics || []).map((m) => {
        const metric = Object.assign({}, m);
        if (metric.alias !== undefined)
            metric.alias = long(metric.alias, true);
        if (metric.timestamp !== undefined)
            metric.timestamp = long(metric.timestamp, true);
        if (metric.type in LongTypes && metric.value !== null)
            metric.value = long(metric.value, LongTypes[metric.type]);
        return metric;
    });
    return payload;
}

let input;
try {
    input = JSON.parse(fs.readFileSync(file === null ? 0 : file, 'utf8'));
} catch (e) {
    usage(`the input is not JSON: ${e.message}`);
}
const payloads = (Array.isArray(input) ? input : [input]).map(payloadFrom);
if (binary) {
    if (payloads.length !== 1)
        usage('--binary writes one payload, not an array');
    process.stdout.write(Buffer.from(sparkplug.encodePayload(payloads[0])));
} else {
    for (const payload of payloads)
        process.stdout.write(Buffer.from(sparkplug.encodePayload(payload)).toString('base64') + '\n');
}
