// What sparkplug_decode.js and sparkplug_encode.js share: their command line (--peers DIR,
// --help, flags of their own, files) and the loading of Tahu's npm packages from DIR.
'use strict';

const path = require('path');
const { createRequire } = require('module');

// Exits with status 2 after saying what is wrong and how the script is used.
function usage(script, usageLine, message) {
    process.stderr.write(`${script}: ${message}\nusage: ${usageLine}\n`);
    process.exit(2);
}

// { peers, files, flags: Set } from process.argv; `flags` lists the script's own switches.
function parseArgs(script, usageLine, help, flags = []) {
    const result = { peers: null, files: [], flags: new Set() };
    const args = process.argv.slice(2);
    for (let i = 0; i < args.length; ++i) {
        if (args[i] === '--peers') {
            if (i + 1 >= args.length)
                usage(script, usageLine, '--peers needs a directory');
            result.peers = args[++i];
        } else if (args[i] === '--help' || args[i] === '-h') {
            usage(script, usageLine, help);
        } else if (flags.includes(args[i])) {
            result.flags.add(args[i]);
        } else {
            result.files.push(args[i]);
        }
    }
    return result;
}

// The modules, required as if from a file in `peers` (which holds node_modules, or is one);
// without `peers`, NODE_PATH or this directory. Exits with status 3 if one is missing.
function load(script, peers, names) {
    const from = peers ? createRequire(path.join(path.resolve(peers), 'package.json')) : require;
    try {
        return names.map(name => from(name));
    } catch (e) {
        process.stderr.write(`${script}: cannot load the npm package sparkplug-payload `
            + `(${e.message.split('\n')[0]}): run ./dev test, which installs the node test peers\n`);
        process.exit(3);
    }
}

module.exports = { usage, parseArgs, load };
