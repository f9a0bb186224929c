package org.supcert.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.supcert.cli.Main;

/** Runs the command line in-process, the spark module on the class path, and captures its output. */
record Run(int code, String out, String err) {
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
