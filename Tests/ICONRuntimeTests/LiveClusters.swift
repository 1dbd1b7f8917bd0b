import Testing

/// The suites that start real yards, agents and workloads. They run one after another, so that no two
/// clusters compete for the machine's cores (their timing is real).
@Suite(.serialized) enum LiveClusters {}
