package phpgoc.compiler.codegen;

import phpgoc.compiler.emit.Call;
import phpgoc.compiler.emit.FieldRef;
import phpgoc.runtime.Access;
import phpgoc.runtime.ArgList;
import phpgoc.runtime.Arith;
import phpgoc.runtime.Bitwise;
import phpgoc.runtime.Calls;
import phpgoc.runtime.Closure;
import phpgoc.runtime.CompiledUnit;
import phpgoc.runtime.Compare;
import phpgoc.runtime.Concat;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.Includes;
import phpgoc.runtime.Ini;
import phpgoc.runtime.Ops;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.SymbolTable;
import phpgoc.runtime.TypeCheck;
import phpgoc.runtime.Traces;
import phpgoc.runtime.Values;

/** Every runtime entry point generated code calls, resolved from the runtime classes. */
final class Rt {
    private Rt() {}

    private static final Class<?> O = Object.class;

    // values
    static final FieldRef UNDEF = FieldRef.of(Values.class, "UNDEF");
    // destruction points (runtime.Destructors)
    static final Call RELEASE = Call.of(phpgoc.runtime.Destructors.class, "release", Context.class, O);
    static final Call RELEASE_GLOBAL = Call.of(phpgoc.runtime.Destructors.class, "releaseGlobal", Context.class, O);
    static final Call WEAK_PEEK = Call.of(phpgoc.runtime.WeakRefs.class, "peek", Context.class, O);
    static final Call ESCAPE = Call.of(phpgoc.runtime.Destructors.class, "escape", O);
    static final Call RELEASE_REPLACED = Call.of(phpgoc.runtime.Destructors.class, "releaseReplaced", Context.class, O, O, boolean.class);
    static final Call HELD_VALUE = Call.of(phpgoc.runtime.Destructors.class, "heldValue", O, String.class);
    static final Call DROP_HELD = Call.of(phpgoc.runtime.Destructors.class, "dropHeld", Context.class, O, O, String.class);
    static final Call ELEMENT = Call.of(phpgoc.runtime.Destructors.class, "element", O, O);
    static final Call ESCAPED = Call.of(phpgoc.runtime.Destructors.class, "escaped", O);
    static final Call ADOPT = Call.of(phpgoc.runtime.Destructors.class, "adopt", O, O, String.class);
    static final Call ADOPT_ARG = Call.of(phpgoc.runtime.Destructors.class, "adoptArg", O, int.class, O);
    static final Call COPY = Call.of(Values.class, "copyOnAssign", O);
    static final Call DEREF = Call.of(Values.class, "deref", O);
    static final Call TO_REF_ASSIGNED = Call.of(Ops.class, "toRefAssigned", O);
    static final FieldRef REF_VALUE = FieldRef.of(Ref.class, "value");
    static final Call REF_NEW = Call.ctor(Ref.class);
    static final Call REF_NEW_V = Call.ctor(Ref.class, O);
    static final Call REF_GET = Call.of(Ref.class, "get");
    static final Call REF_SET = Call.of(Ref.class, "set", O);
    static final Call REF_SET_STRICT = Call.of(Ref.class, "setStrict", O);
    static final Call REF_REBIND = Call.of(Ref.class, "rebind", Ref.class, Ref.class);
    static final Call REF_UNBIND = Call.of(Ref.class, "unbind", Ref.class);
    static final Call TO_REF = Call.of(Ops.class, "toRef", O);
    static final Call REF_DEFINE = Call.of(Ops.class, "defineRef", Ref.class);
    static final Call GLOBAL_REF = Call.of(Ops.class, "globalRef", Context.class, O);
    static final Call GLOBALS_ARRAY = Call.of(Ops.class, "globalsArray", Context.class);

    // variables
    static final Call READ = Call.of(Ops.class, "read", O, String.class);
    static final Call READ_REF = Call.of(Ops.class, "readRef", Ref.class, String.class);
    static final Call QUIET = Call.of(Ops.class, "quiet", O);
    static final Call ST_NEW = Call.ctor(SymbolTable.class);
    static final Call ST_LOOKUP = Call.of(SymbolTable.class, "lookup", String.class);
    static final Call ST_BIND = Call.of(SymbolTable.class, "bind", String.class, Ref.class);
    static final Call VARVAR_REF = Call.of(Ops.class, "varVarRef", SymbolTable.class, O);
    static final Call VARVAR_READ = Call.of(Ops.class, "varVarRead", SymbolTable.class, O);
    static final Call VARVAR_QUIET = Call.of(Ops.class, "varVarQuiet", SymbolTable.class, O);
    static final Call VARVAR_READ_THIS = Call.of(Ops.class, "varVarRead", SymbolTable.class, O, O);
    static final Call VARVAR_QUIET_THIS = Call.of(Ops.class, "varVarQuiet", SymbolTable.class, O, O);
    static final Call VARVAR_BIND = Call.of(Ops.class, "varVarBind", SymbolTable.class, O, Ref.class);
    static final Call VARVAR_UNSET = Call.of(Ops.class, "varVarUnset", SymbolTable.class, O);
    static final Call ST_RELEASE_ALL = Call.of(SymbolTable.class, "releaseAll");
    static final Call ST_UNSET = Call.of(SymbolTable.class, "unset", String.class);
    static final FieldRef CTX_GLOBALS = FieldRef.of(Context.class, "globals");
    static final FieldRef CTX_CALLER_THIS = FieldRef.of(Context.class, "callerThis");
    static final Call STATIC_VAR = Call.of(Context.class, "staticVar", String.class);
    static final Call INIT_STATIC = Call.of(Context.class, "initStatic", String.class, O);
    static final Call COMPILE_DIAGNOSTIC = Call.of(Ops.class, "compileDiagnostic", Context.class, int.class, String.class, String.class, int.class);

    // arithmetic
    static final Call ADD = Call.of(Ops.class, "add", O, O);
    static final Call ADD_LONG = Call.of(Ops.class, "addLong", O, long.class);
    static final Call SUB = Call.of(Ops.class, "sub", O, O);
    static final Call SUB_LONG = Call.of(Ops.class, "subLong", O, long.class);
    static final Call MUL = Call.of(Ops.class, "mul", O, O);
    static final Call DIV = Call.of(Ops.class, "div", O, O);
    static final Call MOD = Call.of(Ops.class, "mod", O, O);
    static final Call POW = Call.of(Arith.class, "pow", O, O);
    static final Call NEG = Call.of(Arith.class, "neg", O);
    static final Call PLUS = Call.of(Arith.class, "plus", O);
    static final Call INC = Call.of(Ops.class, "inc", O);
    static final Call DEC = Call.of(Ops.class, "dec", O);
    static final Call CONCAT = Call.of(Concat.class, "concat", O, O);
    static final Call CONCAT_N = Call.of(Concat.class, "concat", Object[].class);
    static final Call APPEND = Call.of(Concat.class, "append", O, O);
    static final Call BIT_AND = Call.of(Bitwise.class, "and", O, O);
    static final Call BIT_OR = Call.of(Bitwise.class, "or", O, O);
    static final Call BIT_XOR = Call.of(Bitwise.class, "xor", O, O);
    static final Call BIT_NOT = Call.of(Bitwise.class, "not", O);
    static final Call SHL = Call.of(Bitwise.class, "shl", O, O);
    static final Call SHR = Call.of(Bitwise.class, "shr", O, O);

    // comparison (boolean results)
    static final Call LT = Call.of(Ops.class, "lt", O, O);
    static final Call LE = Call.of(Ops.class, "le", O, O);
    static final Call GT = Call.of(Ops.class, "gt", O, O);
    static final Call GE = Call.of(Ops.class, "ge", O, O);
    static final Call LT_LONG = Call.of(Ops.class, "ltLong", O, long.class);
    static final Call LE_LONG = Call.of(Ops.class, "leLong", O, long.class);
    static final Call GT_LONG = Call.of(Ops.class, "gtLong", O, long.class);
    static final Call GE_LONG = Call.of(Ops.class, "geLong", O, long.class);
    static final Call EQ = Call.of(Ops.class, "eq", O, O);
    static final Call IDENTICAL = Call.of(Ops.class, "identical", O, O);
    static final Call LOOSE_EQ = Call.of(Compare.class, "looseEquals", O, O);
    static final Call SPACESHIP = Call.of(Ops.class, "spaceship", O, O);
    static final Call TO_BOOL = Call.of(Ops.class, "toBool", O);
    static final Call XOR = Call.of(Ops.class, "xor", O, O);

    // conversions
    static final Call TO_LONG = Call.of(Convert.class, "toLong", O);
    static final Call TO_DOUBLE = Call.of(Convert.class, "toDouble", O);
    static final Call CAST_LONG = Call.of(Convert.class, "castLong", O);
    static final Call CAST_DOUBLE = Call.of(Convert.class, "castDouble", O);
    static final Call TO_STR = Call.of(Convert.class, "toStr", O);
    static final Call METHOD_NAME = Call.of(Ops.class, "methodName", O);
    static final Call KEY_EXISTS_OP = Call.of(phpgoc.runtime.ext.standard.Arrays.class, "keyExistsOp", O, O);
    static final Call TO_ARRAY = Call.of(Convert.class, "toArray", O);

    // arrays
    static final Call ARRAY_NEW = Call.ctor(PhpArray.class);
    static final Call ARRAY_EMPTY = Call.of(PhpArray.class, "empty");
    static final Call ARRAY_NEW_N = Call.ctor(PhpArray.class, int.class);
    static final Call ARRAY_PUT = Call.of(PhpArray.class, "put", O, O);
    static final Call ARRAY_APPEND = Call.of(PhpArray.class, "append", O);
    static final Call ARRAY_FIRST = Call.of(PhpArray.class, "firstPos");
    static final Call ARRAY_NEXT = Call.of(PhpArray.class, "nextPos", int.class);
    static final Call ARRAY_KEY_AT = Call.of(PhpArray.class, "keyAt", int.class);
    static final Call ARRAY_VALUE_AT = Call.of(PhpArray.class, "valueAt", int.class);
    static final Call ARRAY_REF_AT_POS = Call.of(PhpArray.class, "refAtPos", int.class);
    static final Call DIM_GET = Call.of(Access.class, "dimGet", O, O);
    static final Call DIM_GET_QUIET = Call.of(Access.class, "dimGetQuiet", O, O);
    static final Call DIM_ISSET = Call.of(Access.class, "dimIsset", O, O);
    static final Call ARRAY_FOR_WRITE = Call.of(Access.class, "arrayForWrite", O);
    static final Call ASSIGN_DIM = Call.of(Access.class, "assignDim", O, O, O);
    static final Call CHILD_FOR_WRITE = Call.of(Access.class, "childForWrite", PhpArray.class, O);
    static final Call DIM_GET_FOR_UPDATE = Call.of(Access.class, "dimGetForUpdate", PhpArray.class, O);
    static final Call DIM_REF = Call.of(Ops.class, "dimRef", PhpArray.class, O);
    static final Call BIND_DIM_REF = Call.of(Ops.class, "bindDimRef", PhpArray.class, O, Ref.class);
    static final Call PUT_DIM = Call.of(Ops.class, "putDim", PhpArray.class, O, O);
    static final Call UNSET_DIM = Call.of(Ops.class, "unsetDim", O, O);
    static final Call FOREACH_ARRAY = Call.of(Ops.class, "foreachArray", O);
    static final Call FOREACH_CHECK = Call.of(Ops.class, "foreachCheck", O);
    static final Call FOREACH_END = Call.of(Ops.class, "foreachEnd", PhpArray.class);
    static final Call LIST_GET = Call.of(Ops.class, "listGet", O, O);
    static final Call SPREAD_INTO = Call.of(Ops.class, "spreadInto", PhpArray.class, O);

    // calls and functions
    static final FieldRef CTX_STRICT_ARGS = FieldRef.of(Context.class, "strictArgs");
    static final FieldRef CTX_STRICT_CALL = FieldRef.of(Context.class, "strictCall");
    static final Call CALL_FUNCTION = Call.of(Calls.class, "callFunction", Context.class, String.class, Object[].class);
    static final Call CALL_VALUE = Call.of(Calls.class, "callValue", Context.class, O, Object[].class);
    static final Call CALL_FUNCTION_ARGS = Call.of(Calls.class, "callFunction", Context.class, String.class, ArgList.class);
    static final Call CALL_VALUE_ARGS = Call.of(Calls.class, "callValue", Context.class, O, ArgList.class);
    static final Call CALL_VALUE_REF = Call.of(Calls.class, "callValueRef", Context.class, O, Object[].class);
    static final Call CALL_USER_FUNC_REF = Call.of(phpgoc.runtime.ext.standard.Callbacks.class, "callUserFuncRef",
            Context.class, O, Object[].class);
    static final Call CALL_USER_FUNC_ARRAY_REF = Call.of(phpgoc.runtime.ext.standard.Callbacks.class,
            "callUserFuncArrayRef", Context.class, O, O);
    static final Call CALL_FUNCTION_REF = Call.of(Calls.class, "callFunctionRef", Context.class, String.class, Object[].class);
    static final Call CALL_FUNCTION_NS = Call.of(Calls.class, "callFunction", Context.class, String.class, String.class,
            Object[].class);
    static final Call CALL_FUNCTION_NS_ARGS = Call.of(Calls.class, "callFunction", Context.class, String.class,
            String.class, ArgList.class);
    static final Call NS_SHADOWED = Call.of(Calls.class, "shadowed", Context.class, String.class);
    static final Call ARGS_NEW = Call.ctor(ArgList.class);
    static final Call ARGS_ADD = Call.of(ArgList.class, "add", O);
    static final Call ARGS_ADD_NAMED = Call.of(ArgList.class, "addNamed", String.class, O);
    static final Call ARGS_SPREAD = Call.of(ArgList.class, "spread", O);
    static final Call ARGS_SPREAD_VAR = Call.of(ArgList.class, "spreadVar", PhpArray.class);
    static final Call SPREAD_ARGS = Call.of(Ops.class, "spreadArgs", Object[].class, O);
    static final Call ARG = Call.of(Ops.class, "arg", Object[].class, int.class);
    static final Call ARG_REF = Call.of(Ops.class, "argRef", Object[].class, int.class);
    static final Call REST_ARGS = Call.of(Ops.class, "restArgs", Object[].class, int.class);
    static final Call TOO_FEW_ARGS = Call.of(Ops.class, "tooFewArgs", String.class, int.class, int.class, boolean.class);
    static final Call UNKNOWN_NAMED = Call.of(Ops.class, "unknownNamedParam", String.class);
    static final Call BUILTIN_ARG_COUNT = Call.of(Ops.class, "builtinArgCount", String.class, int.class, int.class, int.class);
    static final Call DECLARE_FUNCTION = Call.of(Ops.class, "declareFunction", Context.class, String.class,
            ParamInfo[].class, CompiledUnit.class, int.class, int.class);
    static final Call TYPE_PARAM = Call.of(TypeCheck.class, "param", O, int.class, String.class, boolean.class,
            String.class, int.class, String.class);
    static final Call TYPE_PARAM_REF = Call.of(TypeCheck.class, "paramRef", Ref.class, int.class, String.class,
            boolean.class, String.class, int.class, String.class);
    static final Call TYPE_VARIADIC = Call.of(TypeCheck.class, "variadic", O, int.class, String.class, boolean.class,
            String.class, int.class);
    static final Call TYPE_NONE_RETURNED = Call.of(TypeCheck.class, "noneReturned", String.class, String.class);
    static final Call TYPE_TRAIT_PARAM = Call.of(TypeCheck.class, "traitParam", O, int.class, String.class,
            boolean.class, boolean.class, phpgoc.runtime.ClassTemplate.class, String.class, int.class, String.class);
    static final Call TYPE_TRAIT_PARAM_REF = Call.of(TypeCheck.class, "traitParamRef", Ref.class, int.class,
            String.class, boolean.class, boolean.class, phpgoc.runtime.ClassTemplate.class, String.class, int.class,
            String.class);
    static final Call TYPE_TRAIT_RET = Call.of(TypeCheck.class, "traitRet", O, int.class, String.class,
            boolean.class, boolean.class, phpgoc.runtime.ClassTemplate.class, String.class);
    static final Call TYPE_TRAIT_NONE_RETURNED = Call.of(TypeCheck.class, "traitNoneReturned", String.class,
            phpgoc.runtime.ClassTemplate.class, String.class);
    static final Call TYPE_RET = Call.of(TypeCheck.class, "ret", O, int.class, String.class, boolean.class, String.class);
    static final Call TYPE_RET_STATIC = Call.of(TypeCheck.class, "retStatic", O, int.class, String.class, boolean.class,
            String.class, O);
    static final Call CLOSURE_STATIC_KEY = Call.of(Ops.class, "closureStaticKey", String.class, Closure.class);
    static final Call NAMED_OVERWRITES = Call.of(Ops.class, "namedOverwrites", String.class);
    static final Call NOT_BY_REFERENCE = Call.of(Ops.class, "notByReference", String.class, int.class, String.class);
    static final Call FUNCTION_VALUE = Call.of(Ops.class, "functionValue", Context.class, String.class);
    static final Call FUNCTION_VALUE_NS = Call.of(Ops.class, "functionValue", Context.class, String.class, String.class);
    static final Call CLOSURE_NEW = Call.ctor(Closure.class, Context.class, String.class, ParamInfo[].class,
            CompiledUnit.class, int.class, Object[].class, String[].class, O, phpgoc.runtime.ClassTemplate.class, int.class);
    static final Call RELEASE_CLOSURE = Call.of(phpgoc.runtime.Closures.class, "releaseTemporary", Context.class, O);
    static final Call SCOPE_NAME = Call.of(phpgoc.runtime.Closures.class, "scopeName", phpgoc.runtime.ClassTemplate.class);
    static final FieldRef CLOSURE_BOUND = FieldRef.of(Closure.class, "bound");
    static final Call PARAM_INFO_NEW = Call.ctor(ParamInfo.class, String.class, boolean.class, boolean.class, boolean.class);

    // stack traces
    private static final Class<?> ARG_FRAME = phpgoc.runtime.ArgStack.Frame.class;
    static final Call CALL_FRAME_PUSH = Call.of(phpgoc.runtime.CallFrames.class, "push", Context.class, String.class,
            ParamInfo[].class, Object[].class, int.class, Object.class);
    static final Call CALL_FRAME_PUSH_BUILTIN = Call.of(phpgoc.runtime.CallFrames.class, "pushBuiltin", Context.class,
            Object[].class, String.class);
    static final Call CALL_FRAME_POP = Call.of(phpgoc.runtime.CallFrames.class, "pop", Context.class);
    static final Call ARG_ENTER = Call.of(phpgoc.runtime.ArgStack.class, "enter", Context.class, ARG_FRAME, int.class);
    static final Call[] ARG_ENTER_N = {
        Call.of(phpgoc.runtime.ArgStack.class, "enter", Context.class, ARG_FRAME, O),
        Call.of(phpgoc.runtime.ArgStack.class, "enter", Context.class, ARG_FRAME, O, O),
        Call.of(phpgoc.runtime.ArgStack.class, "enter", Context.class, ARG_FRAME, O, O, O),
        Call.of(phpgoc.runtime.ArgStack.class, "enter", Context.class, ARG_FRAME, O, O, O, O),
    };
    static final Call ARG_FRAME_NEW = Call.ctor(ARG_FRAME, String.class, ParamInfo[].class, boolean.class, boolean.class, int.class);
    static final Call ARG_SET = Call.of(phpgoc.runtime.ArgStack.class, "set", Context.class, int.class, int.class, O);
    static final Call ARG_DEFAULTED = Call.of(phpgoc.runtime.ArgStack.class, "defaulted", Context.class, int.class, int.class);
    static final Call ARG_ENTER_EXTRA = Call.of(phpgoc.runtime.ArgStack.class, "enterExtra", Context.class, String.class,
            Object[].class);
    static final Call ARG_LEAVE = Call.of(phpgoc.runtime.ArgStack.class, "leave", Context.class, int.class);
    static final Call USER_FRAME = Call.of(Traces.class, "userFrame", PhpError.class, String.class, ParamInfo[].class,
            Object[].class, int.class, boolean.class);
    static final Call BUILTIN_FRAME = Call.of(Traces.class, "builtinFrame", PhpError.class, String.class,
            Object[].class, String.class, int.class);

    // constants
    static final Call CONSTANT = Call.of(Ops.class, "constant", Context.class, String.class);
    static final Call CONSTANT_SCOPED = Call.of(Ops.class, "constant", Context.class, String.class,
            phpgoc.runtime.ClassTemplate.class, Object.class);
    static final Call CONSTANT_NS = Call.of(Ops.class, "constant", Context.class, String.class, String.class);
    static final Call DEFINE_CONSTANT = Call.of(Context.class, "defineConstant", String.class, O);
    static final Call DEFINE = Call.of(Ops.class, "define", Context.class, O, O);
    static final Call DEFINED = Call.of(Ops.class, "defined", Context.class, O);

    // statements
    static final Call ECHO = Call.of(Context.class, "echo", O);
    static final Call ECHO_STR = Call.of(Context.class, "echo", String.class);
    static final Call PRINT = Call.of(Ops.class, "print", Context.class, O);
    static final Call EXIT = Call.of(Ops.class, "exit", Context.class, O);
    static final Call SILENCE_BEGIN = Call.of(Ops.class, "silenceBegin", Context.class);
    static final Call ASSERT_ENABLED = Call.of(phpgoc.runtime.ext.standard.Assert.class, "enabled", Context.class);
    static final Call TRACK_LAST_ERROR = Call.of(phpgoc.runtime.Errors.class, "trackLast", Context.class);
    static final FieldRef TIME_UP = FieldRef.of(Context.class, "timeUp");
    static final Call TIME_EXCEEDED = Call.of(phpgoc.runtime.ext.standard.TimeLimit.class, "exceeded", Context.class);
    static final Call SILENCE_END = Call.of(Ops.class, "silenceEnd", Context.class, int.class);
    static final Call UNHANDLED_MATCH = Call.of(Ops.class, "unhandledMatch", O);
    static final Call INCLUDE = Call.of(Includes.class, "include", Context.class, O, int.class, String.class, SymbolTable.class,
            phpgoc.runtime.ClassTemplate.class, O);
    static final Call COMPACT = Call.of(phpgoc.runtime.ScopeFunctions.class, "compact", Context.class, SymbolTable.class, Object[].class);
    static final Call EXTRACT = Call.of(phpgoc.runtime.ScopeFunctions.class, "extract", Context.class, SymbolTable.class, Object[].class);
    static final Call GET_DEFINED_VARS = Call.of(phpgoc.runtime.ScopeFunctions.class, "getDefinedVars", Context.class, SymbolTable.class);
    static final Call EVAL = Call.of(Includes.class, "eval", Context.class, O, String.class, int.class, SymbolTable.class,
            phpgoc.runtime.ClassTemplate.class, O);
    static final Call PHP_ERROR_NEW = Call.ctor(PhpError.class, String.class, String.class);

    static final Class<?> INI = Ini.class;
}
