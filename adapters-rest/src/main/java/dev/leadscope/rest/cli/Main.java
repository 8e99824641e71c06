package dev.leadscope.rest.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code leadscope} command line: {@code serve} runs the service, the other subcommands work on its
 * data. Usage errors exit with 2, failures with 1.
 */
@Command(name = "leadscope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Self-hosted machine-learning lead scoring.%n",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'leadscope <command> --help' for a command's options."},
        subcommands = {
            // one subcommand per line
            ServeCommand.class,
            BenchCommand.class,
            TrainCommand.class,
            TrainCommand.EvaluateCommand.class,
            TrainAccountsCommand.class,
            RescoreCommand.class,
            ScoreCommand.class,
            ImportCommand.class,
            SimulateCommand.class,
            EvaluateSequencesCommand.class,
            EvaluateDriftCommand.class,
            MonitorCommand.class,
            KeysCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The command line with its subcommands and error handling. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("leadscope: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (Boolean.getBoolean("leadscope.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println("leadscope: " + e.getMessage());
            if (!UnmatchedArgumentException.printSuggestions(e, err)) {
                failed.usage(err);
            }
            err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli;
    }
}
