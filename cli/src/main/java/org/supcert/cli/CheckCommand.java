package org.supcert.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.supcert.reports.VerdictJson;
import org.supcert.reports.VerdictText;
import org.supcert.support.SupportChain;
import org.supcert.verifier.Status;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** supcert check: is P closed? One verdict per input, with the result that proves it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Decide whether the set of products of each support is closed (docs/theory.md).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every support CLOSED", "1:some support NOT CLOSED", "2:usage or input error",
                "3:some support UNKNOWN, none NOT CLOSED", "4:internal error"})
final class CheckCommand implements Callable<Integer> {
    /**
     * The --json writer, made on first use: picocli creates this command to build its model, and
     * an ObjectMapper made then (374 Jackson classes, run in the interpreter) cost 0.25 s of CPU at
     * the start of every check, with or without --json (README "Performance").
     */
    static final class Json {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        private Json() {}
    }

    @CommandLine.Mixin
    SupportInputs inputs = new SupportInputs();

    @CommandLine.Mixin
    VerifyOptions options = new VerifyOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        VerifierOptions limits = options.verifierOptions();
        boolean fullCertificates = options.fullCertificates();
        List<SupportChain> supports = Inputs.read(inputs.files, inputs.families);
        Verifier verifier = new Verifier(limits);
        List<Verdict> verdicts = new ArrayList<>();
        for (SupportChain s : supports) verdicts.add(verifier.verify(s));
        String text;
        if (options.json) {
            List<JsonNode> docs = verdicts.stream().map(v -> (JsonNode) VerdictJson.write(v, fullCertificates)).toList();
            JsonNode doc = docs.size() == 1 ? docs.get(0) : JsonNodeFactory.instance.arrayNode().addAll(docs);
            try {
                text = Json.JSON.writeValueAsString(doc) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            StringBuilder b = new StringBuilder();
            verdicts.forEach(v -> b.append(VerdictText.render(v)));
            text = b.toString();
        }
        options.emit(text, spec.commandLine().getOut());
        return exitCode(verdicts);
    }

    static int exitCode(List<Verdict> verdicts) {
        if (verdicts.stream().anyMatch(v -> v.status() == Status.NOT_CLOSED)) return ExitCodes.NOT_CLOSED;
        if (verdicts.stream().anyMatch(v -> v.status() == Status.UNKNOWN)) return ExitCodes.UNKNOWN;
        return ExitCodes.OK;
    }
}
