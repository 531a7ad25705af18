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
const tahu = require('./tahu');

const usageLine = 'node sparkplug_encode.js [--peers DIR] [--binary] [FILE]';
const options = tahu.parseArgs('sparkplug_encode.js', usageLine,
    'encodes Sparkplug B payloads with Eclipse Tahu\'s codec', ['--binary']);
if (options.files.length > 1)
    tahu.usage('sparkplug_encode.js', usageLine, 'one input file at most');
const file = options.files.length ? options.files[0] : null;
const binary = options.flags.has('--binary');
const [sparkplugPayload, Long] =
    tahu.load('sparkplug_encode.js', options.peers, ['sparkplug-payload', 'long']);
const sparkplug = sparkplugPayload.get('spBv1.0');

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
    tahu.usage('sparkplug_encode.js', usageLine, `the input is not JSON: ${e.message}`);
}
const payloads = (Array.isArray(input) ? input : [input]).map(payloadFrom);
if (binary) {
    if (payloads.length !== 1)
        tahu.usage('sparkplug_encode.js', usageLine, '--binary writes one payload, not an array');
    process.stdout.write(Buffer.from(sparkplug.encodePayload(payloads[0])));
} else {
    for (const payload of payloads)
        process.stdout.write(Buffer.from(sparkplug.encodePayload(payload)).toString('base64') + '\n');
}
