package dev.leadscope.rest.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the benchmarks that measure the running service. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the service on this machine.",
        subcommands = {IngestBenchCommand.class, ImportBenchCommand.class, LoadBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing benchmark: choose one of " + spec.subcommands().keySet());
    }
}
