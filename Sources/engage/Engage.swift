import ArgumentParser
import EngageCore
import Foundation

/// `engage`: which posts earn genuine engagement, and which only beg for it.
@main
struct Engage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engage",
        abstract: "Find out which of your posts earn genuine replies and reposts, and which only beg for them.",
        discussion: """
            engage reads X/Twitter archives, API and scraper JSON, Mastodon exports, blog exports \
            (WordPress, Blogger, Ghost, Medium, Disqus), RSS/Atom feeds and saved blog pages, classifies \
            every post and reply with an explained rulebook, and shows which content earns genuine engagement.
            """,
        version: "0.1.0",
        subcommands: [Audit.self, Compare.self, Inspect.self, Export.self, Classify.self, Eval.self, Rules.self, Train.self],
        defaultSubcommand: nil
    )

    /// Runs the command line: errors become one line on stderr and a non-zero exit, never a trace.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as EngageError {
            Terminal.fail(error)
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            Self.exit(withError: error)
        }
    }
}
