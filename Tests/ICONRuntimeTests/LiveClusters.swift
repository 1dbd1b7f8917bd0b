import ICONTestSupport
import Testing

/// The suites that start real yards, agents and workloads. They run one after another, so that no two
/// clusters compete for the machine's cores (their timing is real), and in a turn of their own: the
/// suites that keep every core busy (simulation sweeps, property runs) wait until they are done.
@Suite(.serialized, .machineTurn) enum LiveClusters {}
