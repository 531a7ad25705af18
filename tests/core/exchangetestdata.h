#pragma once

// A project that sets every field the exchange sheets carry to something other than its default,
// for the lossless round trips of tst_projectimport and tst_exchangefiles.

#include "model/project.h"

inline Vigie::Project everyFieldProject()
{
    using namespace Vigie;
    Project p;
    p.name = QStringLiteral("Station d'épuration — Nord");
    p.description =
        QStringLiteral("Every field set; \"quotes\", commas, semicolons; and\na newline");

    Connection tcp;
    tcp.name = QStringLiteral("Automate TCP");
    tcp.description = QStringLiteral("Baie 2; armoire \"A\"");
    tcp.protocol = Protocol::ModbusTcp;
    tcp.tcp = {QStringLiteral("192.168.10.20"), 5020};
    tcp.serial = {QStringLiteral("/dev/ttyS9"), 9600, Parity::Odd, 7, 2};
    tcp.timeout = 750;
    tcp.retries = 3;

    Device plc;
    plc.name = QStringLiteral("API 1");
    plc.description = QStringLiteral("Schneider M221");
    plc.scanTime = 500;
    plc.scanType = ScanType::FixedDelay;
    plc.stationAddress = 17;
    plc.maxRequestsInFlight = 2;
    plc.maskWrite = true;

    Frame hr;
    hr.name = QStringLiteral("Mesures");
    hr.description = QStringLiteral("Analogiques");
    hr.type = FrameType::HoldingRegister;
    hr.startAddress = 100;
    hr.quantity = 20;
    hr.isReadable = true;
    hr.isWritable = true;
    hr.scanTimeFactor = 7200; // 500 ms × 7200: an hour, in whole minutes as minutesOffset needs
    hr.minutesOffset = 15;
    hr.interFrameDelay = 25;

    Variable level;
    level.name = QStringLiteral("Bassin/Niveau");
    level.description = QStringLiteral("Niveau bassin d'orage");
    level.unit = QStringLiteral("m³");
    level.dataType = DataType::Float32;
    level.offset = 2;
    level.byteOrder = ByteOrder::CDAB;
    level.scale = 0.1;
    level.scaleOffset = -12.5;
    level.min = -1e-7;
    level.max = 1234.5678;
    level.deadband = 0.05;
    level.decimals = 2;
    level.writable = true;
    level.published = true;
    level.remoteWrite = true;
    hr.variables.append(level);

    Variable alarm;
    alarm.name = QStringLiteral("Pompe 1/Défaut");
    alarm.dataType = DataType::Bool;
    alarm.offset = 0;
    alarm.bit = 13;
    alarm.onText = QStringLiteral("Défaut");
    alarm.offText = QStringLiteral("OK");
    hr.variables.append(alarm);

    Variable label;
    label.name = QStringLiteral("101");
    label.dataType = DataType::String;
    label.offset = 6;
    label.length = 12;
    label.byteOrder = ByteOrder::BADC;
    hr.variables.append(label);

    Variable counter;
    counter.name = QStringLiteral("Compteur");
    counter.dataType = DataType::Int64;
    counter.offset = 12;
    counter.byteOrder = ByteOrder::DCBA;
    counter.scale = 3;
    hr.variables.append(counter);
    plc.frames.append(hr);

    Frame coils;
    coils.name = QStringLiteral("Commandes");
    coils.type = FrameType::Coil;
    coils.startAddress = 0;
    coils.quantity = 8;
    coils.isWritable = true;
    Variable run;
    run.name = QStringLiteral("Pompe 1/Marche");
    run.dataType = DataType::Bool;
    run.offset = 3;
    run.writable = true;
    coils.variables.append(run);
    plc.frames.append(coils);

    Frame empty; // a frame with nothing in it yet survives the trip
    empty.name = QStringLiteral("Réserve");
    empty.type = FrameType::InputRegister;
    empty.startAddress = 3000;
    empty.quantity = 10;
    empty.isWritable = false;
    plc.frames.append(empty);
    tcp.devices.append(plc);

    Device spare; // a device without frames
    spare.name = QStringLiteral("Variateur");
    spare.stationAddress = 2;
    tcp.devices.append(spare);
    p.connections.append(tcp);

    Connection rtu;
    rtu.name = QStringLiteral("Bus RS485");
    rtu.protocol = Protocol::ModbusRtu;
    rtu.tcp.host.clear();
    rtu.serial = {QStringLiteral("/dev/ttyUSB0"), 38400, Parity::None, 8, 1};
    p.connections.append(rtu); // a connection without devices

    Connection sim;
    sim.name = QStringLiteral("Simulation");
    sim.protocol = Protocol::Simulation;
    Device gen;
    gen.name = QStringLiteral("Générateur");
    Frame gf;
    gf.name = QStringLiteral("Signaux");
    gf.type = FrameType::InputRegister;
    gf.quantity = 2;
    Variable sine;
    sine.name = QStringLiteral("Sinus");
    sine.dataType = DataType::Float32;
    sine.simulation = SimulationSpec {Waveform::Sine, 30000, 12.5, -3.25};
    gf.variables.append(sine);
    gen.frames.append(gf);
    sim.devices.append(gen);
    p.connections.append(sim);

    CalculatedVariable total;
    total.name = QStringLiteral("Total");
    total.description = QStringLiteral("Somme");
    total.unit = QStringLiteral("m³/h");
    total.formula = QStringLiteral("[Bassin/Niveau] * 2 + IF([Pompe 1/Marche]; 1; 0)");
    total.dataType = DataType::Float32;
    total.decimals = 1;
    total.deadband = 0.5;
    total.published = true;
    p.calculated.append(total);
    CalculatedVariable state;
    state.name = QStringLiteral("Etat");
    state.formula = QStringLiteral("[Pompe 1/Marche]");
    state.dataType = DataType::Bool;
    state.onText = QStringLiteral("Marche");
    state.offText = QStringLiteral("Arrêt");
    p.calculated.append(state);

    Screen main;
    main.name = QStringLiteral("Vue générale");
    main.description = QStringLiteral("Synoptique");
    main.file = QStringLiteral("screens/overview.svg");
    ScreenBinding fill;
    fill.element = QStringLiteral("pump1");
    fill.attribute = BindingAttribute::Fill;
    fill.formula = QStringLiteral("IF([Pompe 1/Marche]; \"#2e7d32\"; \"#9e9e9e\")");
    main.bindings.append(fill);
    ScreenBinding rotate;
    rotate.element = QStringLiteral("fan");
    rotate.attribute = BindingAttribute::Rotate;
    rotate.formula = QStringLiteral("[Sinus] * 10");
    rotate.centerX = 12.5;
    rotate.centerY = -4;
    main.bindings.append(rotate);
    main.actions.append(
        {QStringLiteral("pump1"), ScreenActionKind::Toggle, QStringLiteral("Pompe 1/Marche")});
    main.actions.append(
        {QStringLiteral("link"), ScreenActionKind::OpenScreen, QStringLiteral("Détail")});
    p.screens.append(main);
    Screen detail;
    detail.name = QStringLiteral("Détail");
    detail.file = QStringLiteral("screens/detail.svg");
    detail.parent = main.name;
    p.screens.append(detail);

    Gateway gateway;
    gateway.port = 1502;
    GatewayMapping mapping;
    mapping.tag = QStringLiteral("Bassin/Niveau");
    mapping.table = FrameType::InputRegister;
    mapping.address = 10;
    mapping.byteOrder = ByteOrder::CDAB;
    gateway.map.append(mapping);
    p.gateway = gateway;

    MqttSettings mqtt;
    mqtt.broker = QStringLiteral("mqtts://broker.example:8883");
    mqtt.groupId = QStringLiteral("Sites");
    mqtt.edgeNodeId = QStringLiteral("Nord");
    p.mqtt = mqtt;
    return p;
}
