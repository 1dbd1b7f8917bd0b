import ArgumentParser
import ICONCore

/// The `icon` command line.
@main
struct ICONCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "icon",
    abstract: "Intelligent container overlays: services that place themselves near their users.",
    discussion: """
      An ICON wraps a service and migrates, replicates or terminates itself across independent \
      hosting sites to minimise the owner's utility U_j = (1-w)·b_j + w·Σ λ_i·l_ij within a budget.

      Start with `icon policy` to see the parameters an owner steers by, and \
      `icon decide --help` to try the decision rules on a small situation.
      """,
    subcommands: [PolicyCommand.self, DecideCommand.self, TopologyCommand.self, SimulationCommand.self]
  )
}
