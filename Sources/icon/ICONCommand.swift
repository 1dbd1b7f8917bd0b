import ArgumentParser
import ICONCore

/// The `icon` command line.
@main
struct ICONCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "icon",
    abstract: "Intelligent container overlays: services that place themselves near their users.",
    discussion: """
      An ICON wraps a service and migrates, replicates or terminates itself across independent \
      hosting sites to minimise the owner's utility U_j = (1-w)·b_j + w·Σ λ_i·l_ij within a budget.

      Start with `icon decide` (the decision rules on a built-in example) and `icon policy` (the \
      parameters an owner steers by). `icon topo info FILE` describes a topology; `icon sim …` runs \
      the simulator's experiments on one: `messages` and `adapt` reproduce the paper's Fig. 4 and 5, \
      `run` simulates a scenario file, `scale` measures the simulator's speed.

      The runtime: `icon yard` hosts ICONs at a site, `icon app deploy` starts an application's \
      origin, `icon app tree` shows where its ICONs went.
      """,
    subcommands: [
      DemoCommand.self, PolicyCommand.self, DecideCommand.self, TopologyCommand.self, SimulationCommand.self,
      YardCommand.self,
      AppCommand.self, KeysCommand.self, LedgerCommand.self, LoadCommand.self, AgentCommand.self,
      WorkloadCommand.self, DiscoverCommand.self, DashboardCommand.self,
    ]
  )
}
