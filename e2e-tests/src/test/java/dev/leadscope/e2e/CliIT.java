package dev.leadscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, version and usage errors from the built jar. */
class CliIT {

    @TempDir
    Path workDir;

    @Test
    void givenNoArguments_whenHelpAsked_thenSubcommandsAreListedAndExitIsZero() throws Exception {
        LeadscopeProcess.CliResult help = LeadscopeProcess.cli(workDir, Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("serve").contains("Usage");
    }

    @Test
    void givenAnUnknownSubcommand_whenRun_thenUsageErrorOnStderrAndExitTwo() throws Exception {
        LeadscopeProcess.CliResult wrong = LeadscopeProcess.cli(workDir, Map.of(), "frobnicate");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.stderr()).contains("frobnicate");
    }

    @Test
    void givenAnInvalidPort_whenServeRun_thenItRefusesWithAClearMessage() throws Exception {
        LeadscopeProcess.CliResult bad = LeadscopeProcess.cli(workDir, Map.of(), "serve", "--port", "not-a-port");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).contains("--port");
    }
}
