package org.supcert.io;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pickle interpreter that knows only what {@code torch.save(model.state_dict())} writes, written
 * here because no Java library offers a pickle reader that refuses by default. It executes nothing:
 * every value it builds is plain Java data (strings, numbers, lists, tuples, dicts) or a
 * {@link TensorRef}; the only globals it accepts are the state-dict ones of {@link #GLOBALS}, and
 * only as the callables they are in a state dict ({@code REDUCE} of an {@code OrderedDict} with no
 * arguments, {@code _rebuild_tensor_v2} of a persistent storage...). Any other global (including
 * {@code os.system}, {@code builtins.eval}, a model class) stops the reading at the {@code GLOBAL}
 * opcode, before anything is called. Memory is bounded by the pickle's length (each opcode adds at
 * most one value); dict keys are strings, numbers, booleans or None, so no cycle reaches hashing.
 */
final class RestrictedUnpickler {
    /** A storage named by a persistent id ('storage', type, key, location, numel). */
    record StorageRef(DType type, String key, long numel) {}

    /** A tensor view of a storage: offset, shape and strides in elements. */
    record TensorRef(StorageRef storage, long offset, long[] shape, long[] stride) {}

    /** A Python tuple (kept apart from lists so arguments are checked as Python would see them). */
    record Tuple(List<Object> items) {}

    /** A global named by GLOBAL / STACK_GLOBAL (one of {@link #GLOBALS}). */
    record Global(String module, String name) {
        String dotted() { return module + "." + name; }
    }

    /** Python's None (null marks nothing on the stack). */
    static final Object NONE = new Object() {
        @Override
        public String toString() { return "None"; }
    };

    private static final Object MARK = new Object();

    static final String REBUILD_V2 = "torch._utils._rebuild_tensor_v2";
    static final String REBUILD_PARAMETER = "torch._utils._rebuild_parameter";
    static final String REBUILD_PARAMETER_STATE = "torch._utils._rebuild_parameter_with_state";
    static final String REBUILD_FROM_TYPE = "torch._tensor._rebuild_from_type_v2";
    static final String ORDERED_DICT = "collections.OrderedDict";
    static final String DEVICE = "torch.device";
    private static final Set<String> TENSOR_TYPES = Set.of("torch.Tensor", "torch.nn.parameter.Parameter");

    /** torch's legacy storage classes, named in persistent ids, and the element types they hold. */
    private static final Map<String, DType> STORAGES = Map.ofEntries(
            Map.entry("torch.FloatStorage", DType.F32), Map.entry("torch.DoubleStorage", DType.F64),
            Map.entry("torch.HalfStorage", DType.F16), Map.entry("torch.BFloat16Storage", DType.BF16),
            Map.entry("torch.LongStorage", DType.I64), Map.entry("torch.IntStorage", DType.I32),
            Map.entry("torch.ShortStorage", DType.I16), Map.entry("torch.CharStorage", DType.I8),
            Map.entry("torch.ByteStorage", DType.U8), Map.entry("torch.BoolStorage", DType.BOOL),
            Map.entry("torch.ComplexFloatStorage", DType.C64), Map.entry("torch.ComplexDoubleStorage", DType.C128),
            Map.entry("torch.Float8_e4m3fnStorage", DType.F8_E4M3), Map.entry("torch.Float8_e5m2Storage", DType.F8_E5M2));

    /** Storage classes with no element type we decode (quantized tensors): named in the error. */
    private static final Set<String> UNSUPPORTED_STORAGES = Set.of("torch.QInt8Storage", "torch.QUInt8Storage",
            "torch.QInt32Storage", "torch.QUInt4x2Storage", "torch.QUInt2x4Storage");

    /** Every global a state dict may name. */
    static final Set<String> GLOBALS;

    static {
        java.util.HashSet<String> g = new java.util.HashSet<>(STORAGES.keySet());
        g.addAll(UNSUPPORTED_STORAGES);
        g.addAll(TENSOR_TYPES);
        g.addAll(List.of(REBUILD_V2, REBUILD_PARAMETER, REBUILD_PARAMETER_STATE, REBUILD_FROM_TYPE, ORDERED_DICT, DEVICE));
        GLOBALS = Set.copyOf(g);
    }

    private final Path file;
    private final String member;
    private final byte[] code;
    private int pos;
    private final Deque<Integer> marks = new ArrayDeque<>();
    private final List<Object> list = new ArrayList<>(); // the stack, indexable (ArrayDeque is not)
    private final Map<Long, Object> memo = new HashMap<>();

    private RestrictedUnpickler(Path file, String member, byte[] code) {
        this.file = file;
        this.member = member;
        this.code = code;
    }

    /**
     * Reads one pickle.
     *
     * @param member the archive member the pickle came from, for messages
     * @throws FormatException naming the file, the member and the opcode's offset for anything a state
     *                         dict does not hold
     */
    static Object load(Path file, String member, byte[] code) {
        return new RestrictedUnpickler(file, member, code).run();
    }

    private Object run() {
        while (true) {
            if (pos >= code.length) throw fail(pos, "ends without STOP (truncated?)");
            int at = pos;
            int op = code[pos++] & 0xff;
            switch (op) {
                case 0x80 -> { // PROTO
                    int v = u8();
                    if (v < 2 || v > 5) throw fail(at, "pickle protocol " + v + " (torch.save writes 2; 2..5 are read)");
                }
                case 0x95 -> skip(8); // FRAME: a length hint
                case '.' -> { // STOP
                    if (list.size() != 1 || !marks.isEmpty()) throw fail(at, "STOP with " + list.size() + " values on the stack");
                    return pop(at);
                }
                case '(' -> marks.push(list.size());
                case '}' -> push(new LinkedHashMap<Object, Object>());
                case ']' -> push(new ArrayList<Object>());
                case ')' -> push(new Tuple(List.of()));
                case 't' -> push(new Tuple(popMark(at)));
                case 0x85 -> push(tuple(at, 1));
                case 0x86 -> push(tuple(at, 2));
                case 0x87 -> push(tuple(at, 3));
                case 'X' -> push(text(at, u32()));
                case 0x8c -> push(text(at, u8()));
                case 0x8d -> push(text(at, u64(at)));
                case 'U' -> push(latin1(at, u8())); // SHORT_BINSTRING (Python 2 str)
                case 'T' -> push(latin1(at, u32()));
                case 'C' -> push(bytes(at, u8()));
                case 'B' -> push(bytes(at, u32()));
                case 'J' -> push((long) i32());
                case 'K' -> push((long) u8());
                case 'M' -> push((long) (u8() | (u8() << 8)));
                case 0x8a -> push(long1(at));
                case 'G' -> push(Double.longBitsToDouble(be64(at)));
                case 'N' -> push(NONE);
                case 0x88 -> push(Boolean.TRUE);
                case 0x89 -> push(Boolean.FALSE);
                case 'c' -> push(global(at, line(at), line(at)));
                case 0x93 -> { // STACK_GLOBAL
                    Object name = pop(at);
                    Object module = pop(at);
                    if (!(module instanceof String m) || !(name instanceof String n)) throw fail(at, "STACK_GLOBAL of non-strings");
                    push(global(at, m, n));
                }
                case 'q' -> memo.put((long) u8(), peek(at));
                case 'r' -> memo.put(u32(), peek(at));
                case 0x94 -> memo.put((long) memo.size(), peek(at));
                case 'h' -> push(memoGet(at, u8()));
                case 'j' -> push(memoGet(at, u32()));
                case 's' -> {
                    Object v = pop(at);
                    Object k = pop(at);
                    dict(at, peek(at)).put(key(at, k), v);
                }
                case 'u' -> {
                    List<Object> items = popMark(at);
                    if (items.size() % 2 != 0) throw fail(at, "SETITEMS with an odd number of items");
                    Map<Object, Object> d = dict(at, peek(at));
                    for (int i = 0; i < items.size(); i += 2) d.put(key(at, items.get(i)), items.get(i + 1));
                }
                case 'a' -> {
                    Object v = pop(at);
                    pyList(at, peek(at)).add(v);
                }
                case 'e' -> {
                    List<Object> items = popMark(at);
                    pyList(at, peek(at)).addAll(items);
                }
                case 'Q' -> push(persistent(at, pop(at)));
                case 'R' -> {
                    Object args = pop(at);
                    Object f = pop(at);
                    push(reduce(at, f, args));
                }
                case 'b' -> { // BUILD: only an OrderedDict's attributes (state_dict()._metadata), kept out
                    Object state = pop(at);
                    Object target = peek(at);
                    if (!(target instanceof Map) || !(state instanceof Map || state == NONE)) {
                        throw fail(at, "BUILD on " + describe(target) + "; a state dict builds only its OrderedDict's metadata");
                    }
                }
                default -> throw fail(at, String.format("opcode 0x%02x is not one a state dict uses", op)
                        + (op == 0x81 || op == 0x92 || op == 'i' || op == 'o' ? " (it creates an object)" : ""));
            }
        }
    }

    // --- globals and calls -----------------------------------------------------------------------

    private Global global(int at, String module, String name) {
        String dotted = module + "." + name;
        if (GLOBALS.contains(dotted)) return new Global(module, name);
        if (module.equals("__main__") || module.startsWith("torch.nn.modules") || module.startsWith("transformers.")) {
            throw new FormatException(file, "holds a pickled model object (global '" + dotted + "'), not a state dict: "
                    + "unpickling it would run the model's code, so supcert refuses; save model.state_dict() instead "
                    + "(torch.save(model.state_dict(), path)), or export safetensors");
        }
        throw fail(at, "names global '" + dotted + "', which a state dict never uses; refused without calling "
                + "anything (supcert reads only tensors, OrderedDicts and torch's tensor rebuild functions)");
    }

    private Object reduce(int at, Object f, Object argsObject) {
        if (!(f instanceof Global g)) throw fail(at, "REDUCE calls " + describe(f) + ", not a known global");
        if (!(argsObject instanceof Tuple t)) throw fail(at, "REDUCE of " + g.dotted() + " without an argument tuple");
        List<Object> a = t.items();
        switch (g.dotted()) {
            case ORDERED_DICT -> {
                if (!a.isEmpty()) throw fail(at, "OrderedDict called with arguments");
                return new LinkedHashMap<Object, Object>();
            }
            case REBUILD_V2 -> {
                return rebuild(at, a);
            }
            case REBUILD_PARAMETER, REBUILD_PARAMETER_STATE -> {
                if (a.size() < 3 || a.size() > 4 || !(a.get(0) instanceof TensorRef r)) {
                    throw fail(at, g.dotted() + " without a tensor");
                }
                return r;
            }
            case REBUILD_FROM_TYPE -> {
                if (a.size() != 4 || !(a.get(0) instanceof Global inner) || !(a.get(1) instanceof Global type)
                        || !TENSOR_TYPES.contains(type.dotted()) || !(a.get(2) instanceof Tuple innerArgs)) {
                    throw fail(at, REBUILD_FROM_TYPE + " of anything but a plain tensor or parameter");
                }
                if (!inner.dotted().equals(REBUILD_V2)) throw fail(at, REBUILD_FROM_TYPE + " of " + inner.dotted());
                return rebuild(at, innerArgs.items());
            }
            case DEVICE -> {
                if (a.isEmpty() || !(a.get(0) instanceof String s)) throw fail(at, "torch.device without a name");
                return s;
            }
            default -> throw fail(at, g.dotted() + " is not called in a state dict");
        }
    }

    /** _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, backward_hooks[, metadata]). */
    private TensorRef rebuild(int at, List<Object> a) {
        if (a.size() < 6 || a.size() > 7 || !(a.get(0) instanceof StorageRef s) || !(a.get(1) instanceof Long offset)
                || !(a.get(2) instanceof Tuple size) || !(a.get(3) instanceof Tuple stride)) {
            throw fail(at, REBUILD_V2 + " with arguments other than (storage, offset, size, stride, ...)");
        }
        long[] shape = longs(at, size, "size");
        long[] strides = longs(at, stride, "stride");
        if (shape.length != strides.length) throw fail(at, "tensor of " + shape.length + " sizes and " + strides.length + " strides");
        if (offset < 0) throw fail(at, "negative storage offset " + offset);
        return new TensorRef(s, offset, shape, strides);
    }

    private long[] longs(int at, Tuple t, String what) {
        if (t.items().size() > IoLimits.MAX_NDIM) throw fail(at, "tensor " + what + " of more than " + IoLimits.MAX_NDIM + " dimensions");
        long[] out = new long[t.items().size()];
        for (int k = 0; k < out.length; k++) {
            if (!(t.items().get(k) instanceof Long v) || v < 0) throw fail(at, "tensor " + what + " " + t.items() + " is not non-negative integers");
            out[k] = v;
        }
        return out;
    }

    /** BINPERSID: ('storage', storage class, key, location, numel). */
    private StorageRef persistent(int at, Object pid) {
        if (!(pid instanceof Tuple t) || t.items().size() != 5 || !"storage".equals(t.items().get(0))
                || !(t.items().get(1) instanceof Global type) || !(t.items().get(2) instanceof String key)
                || !(t.items().get(4) instanceof Long numel) || numel < 0) {
            throw fail(at, "persistent id " + describe(pid) + " is not ('storage', class, key, location, numel)");
        }
        DType d = STORAGES.get(type.dotted());
        if (d == null) {
            throw fail(at, "storage of " + type.dotted() + " (quantized or unknown element type) is not supported");
        }
        return new StorageRef(d, key, numel);
    }

    // --- the stack ----------------------------------------------------------------------------------

    private void push(Object o) {
        list.add(o);
    }

    private Object pop(int at) {
        if (list.isEmpty() || (!marks.isEmpty() && marks.peek() == list.size())) throw fail(at, "stack underflow");
        return list.remove(list.size() - 1);
    }

    private Object peek(int at) {
        if (list.isEmpty()) throw fail(at, "stack underflow");
        return list.get(list.size() - 1);
    }

    private List<Object> popMark(int at) {
        if (marks.isEmpty()) throw fail(at, "no MARK before this opcode");
        int m = marks.pop();
        List<Object> tail = new ArrayList<>(list.subList(m, list.size()));
        list.subList(m, list.size()).clear();
        return tail;
    }

    private Tuple tuple(int at, int n) {
        Object[] items = new Object[n];
        for (int k = n - 1; k >= 0; k--) items[k] = pop(at);
        return new Tuple(Arrays.asList(items));
    }

    private Object memoGet(int at, long index) {
        Object o = memo.get(index);
        if (o == null) throw fail(at, "memo entry " + index + " was never stored");
        return o;
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> dict(int at, Object o) {
        if (!(o instanceof Map)) throw fail(at, "SETITEM(S) on " + describe(o));
        return (Map<Object, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private List<Object> pyList(int at, Object o) {
        if (!(o instanceof ArrayList)) throw fail(at, "APPEND(S) on " + describe(o));
        return (List<Object>) o;
    }

    private Object key(int at, Object k) {
        if (k instanceof String || k instanceof Long || k instanceof Boolean || k == NONE) return k;
        throw fail(at, "dict key " + describe(k) + " (state dict keys are strings)");
    }

    // --- operands -----------------------------------------------------------------------------------

    private void need(int at, long n) {
        if (n < 0 || n > code.length - pos) throw fail(at, "operand of " + n + " bytes runs past the end of the pickle");
    }

    private int u8() {
        need(pos - 1, 1);
        return code[pos++] & 0xff;
    }

    private int i32() {
        need(pos - 1, 4);
        int v = (code[pos] & 0xff) | (code[pos + 1] & 0xff) << 8 | (code[pos + 2] & 0xff) << 16 | code[pos + 3] << 24;
        pos += 4;
        return v;
    }

    private long u32() {
        return i32() & 0xffffffffL;
    }

    private long u64(int at) {
        need(at, 8);
        long v = 0;
        for (int k = 7; k >= 0; k--) v = (v << 8) | (code[pos + k] & 0xff);
        pos += 8;
        if (v < 0) throw fail(at, "length " + Long.toUnsignedString(v) + " is absurd");
        return v;
    }

    private long be64(int at) {
        need(at, 8);
        long v = 0;
        for (int k = 0; k < 8; k++) v = (v << 8) | (code[pos + k] & 0xff);
        pos += 8;
        return v;
    }

    private void skip(int n) {
        need(pos - 1, n);
        pos += n;
    }

    private Object long1(int at) {
        int n = u8();
        need(at, n);
        byte[] be = new byte[Math.max(1, n)];
        for (int k = 0; k < n; k++) be[n - 1 - k] = code[pos + k];
        pos += n;
        BigInteger v = n == 0 ? BigInteger.ZERO : new BigInteger(be);
        if (v.bitLength() > 63) throw fail(at, "integer " + v + " does not fit 64 bits");
        return v.longValue();
    }

    private String text(int at, long n) {
        need(at, n);
        String s = new String(code, pos, (int) n, StandardCharsets.UTF_8);
        pos += (int) n;
        return s;
    }

    private String latin1(int at, long n) {
        need(at, n);
        String s = new String(code, pos, (int) n, StandardCharsets.ISO_8859_1);
        pos += (int) n;
        return s;
    }

    private byte[] bytes(int at, long n) {
        need(at, n);
        byte[] b = Arrays.copyOfRange(code, pos, pos + (int) n);
        pos += (int) n;
        return b;
    }

    /** A GLOBAL operand: printable text up to a newline, at most 256 bytes. */
    private String line(int at) {
        int end = pos;
        while (end < code.length && code[end] != '\n' && end - pos <= 256) end++;
        if (end >= code.length || code[end] != '\n') throw fail(at, "GLOBAL operand without its newline");
        String s = new String(code, pos, end - pos, StandardCharsets.UTF_8);
        pos = end + 1;
        return s;
    }

    private static String describe(Object o) {
        if (o == null) return "nothing";
        if (o instanceof Global g) return g.dotted();
        if (o instanceof String) return "a string";
        if (o instanceof Long) return "an integer";
        if (o instanceof Map) return "a dict";
        if (o instanceof List) return "a list";
        if (o instanceof Tuple) return "a tuple";
        if (o instanceof TensorRef) return "a tensor";
        if (o instanceof StorageRef) return "a storage";
        return o.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private FormatException fail(int at, String problem) {
        return new FormatException(file, member + " (pickle byte " + at + "): " + problem);
    }
}
