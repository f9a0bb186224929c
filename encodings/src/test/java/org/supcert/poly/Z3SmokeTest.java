package org.supcert.poly;
import com.microsoft.z3.*;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class Z3SmokeTest {
  @Test void lu() {
    try (Context ctx = new Context()) {
      Solver s = ctx.mkSolver();
      RealExpr a = ctx.mkRealConst("a"), b = ctx.mkRealConst("b"), c = ctx.mkRealConst("c"), d=ctx.mkRealConst("d");
      s.add(ctx.mkEq(ctx.mkMul(a,b), ctx.mkReal(0)), ctx.mkEq(ctx.mkMul(a,c), ctx.mkReal(1)), ctx.mkEq(ctx.mkMul(d,b), ctx.mkReal(1)));
      long t=System.nanoTime();
      assertEquals(Status.UNSATISFIABLE, s.check());
      System.err.println("z3 " + Version.getFullVersion() + " " + (System.nanoTime()-t)/1e6 + " ms");
    }
  }
}
