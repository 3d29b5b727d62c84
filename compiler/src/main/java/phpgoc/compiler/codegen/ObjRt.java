package phpgoc.compiler.codegen;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import phpgoc.compiler.emit.Call;
import phpgoc.compiler.emit.FieldRef;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Classes;
import phpgoc.runtime.Closure;
import phpgoc.runtime.Context;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.link.Bootstrap;

/** The object model's runtime entry points ({@link Rt} holds the rest). */
final class ObjRt {
    private ObjRt() {}

    private static final Class<?> O = Object.class, S = String.class, T = ClassTemplate.class, C = Context.class;

    static final Call TPL_NEW = Call.ctor(ClassTemplate.class, S, int.class, int.class, S, String[].class,
            java.lang.invoke.MethodHandle.class, S, int.class);
    static final Call TPL_PROP = Call.of(ClassTemplate.class, "prop", S, int.class, int.class);
    static final Call TPL_STATIC = Call.of(ClassTemplate.class, "staticProp", S, int.class, int.class);
    static final Call TPL_CONST = Call.of(ClassTemplate.class, "constant", S, int.class, int.class);
    static final Call TPL_METHOD = Call.of(ClassTemplate.class, "method", S, int.class,
            java.lang.invoke.MethodHandle.class, ParamInfo[].class);
    static final Call TPL_JAVA_METHOD = Call.of(ClassTemplate.class, "javaMethod", S);
    static final phpgoc.compiler.emit.FieldRef CTX_TRAIT_SELF = phpgoc.compiler.emit.FieldRef.of(phpgoc.runtime.Context.class, "traitSelf");
    static final Call TPL_SIGNATURE = Call.of(ClassTemplate.class, "signature", S);
    static final Call TPL_KEPT_PARAMS = Call.of(ClassTemplate.class, "keptParams", int.class);
    static final Call TPL_METHOD_META = Call.of(ClassTemplate.class, "methodMeta", S);
    static final Call TPL_CLASS_META = Call.of(ClassTemplate.class, "classMeta", S);
    static final Call DECLARE = Call.of(Classes.class, "declare", C, T);
    static final Call HOIST = Call.of(Classes.class, "hoist", C, T);
    static final Call DECLARE_ANON = Call.of(Classes.class, "declareAnonymous", C, T);
    static final Call SELF = Call.of(Classes.class, "self", C, T);
    static final Call PARENT = Call.of(Classes.class, "parent", C, T);
    static final Call CALLED = Call.of(Classes.class, "called", O);
    static final Call OF_VALUE = Call.of(Classes.class, "ofValue", C, O);
    static final Call CLASS_NAME_OF = Call.of(Classes.class, "classNameOf", O);
    static final FieldRef CLASS_NAME = FieldRef.of(PhpClass.class, "fullName");
    static final Call GET_OBJECT_VARS = Call.of(phpgoc.runtime.ObjectArrays.class, "getObjectVars", O, T);
    static final Call SCOPE_CLASS = Call.of(phpgoc.runtime.ext.core.ClassFunctions.class, "scopeClass", C, T);
    static final Call SCOPE_PARENT = Call.of(phpgoc.runtime.ext.core.ClassFunctions.class, "scopeParent", C, T);
    static final Call CLASS_METHODS = Call.of(phpgoc.runtime.ext.core.TraitEnumFunctions.class, "classMethods", C, O, T);
    static final FieldRef SYMBOLS_THIS = FieldRef.of(phpgoc.runtime.SymbolTable.class, "thisOrStatic");
    static final Call GET_CALLED_CLASS = Call.of(phpgoc.runtime.ObjectArrays.class, "calledClass", O);
    static final Call FORWARD_STATIC_CALL = Call.of(phpgoc.runtime.ext.standard.Callbacks.class, "forwardStaticCall",
            C, T, O, O, Object[].class);
    static final Call FORWARD_STATIC_CALL_ARRAY = Call.of(phpgoc.runtime.ext.standard.Callbacks.class,
            "forwardStaticCallArray", C, T, O, O, O);
    static final Call GET_CLASS_VARS = Call.of(phpgoc.runtime.ObjectArrays.class, "getClassVars", C, O, T);
    static final Call CAST_ARRAY = Call.of(phpgoc.runtime.ObjectArrays.class, "toArray", O);
    static final Call CAST_OBJECT = Call.of(phpgoc.runtime.ObjectArrays.class, "toObject", C, O);
    static final Call FOREACH_ITERATOR = Call.of(phpgoc.runtime.Spl.class, "foreachIterator", O);
    static final Call FOREACH_PROPS = Call.of(phpgoc.runtime.Spl.class, "foreachArray", O, T);
    static final Call FOREACH_REF_ITERATOR = Call.of(phpgoc.runtime.Spl.class, "foreachRefIterator", O);
    static final Call ITER_CURRENT_REF = Call.of(phpgoc.runtime.Spl.class, "iterCurrentRef", PhpObject.class);
    static final Call ITER_VALID = Call.of(phpgoc.runtime.Spl.class, "iterValid", PhpObject.class);
    static final Call ITER_CURRENT = Call.of(phpgoc.runtime.Spl.class, "iterCurrent", PhpObject.class);
    static final Call ITER_KEY = Call.of(phpgoc.runtime.Spl.class, "iterKey", PhpObject.class);
    static final Call ITER_NEXT = Call.of(phpgoc.runtime.Spl.class, "iterNext", PhpObject.class);
    static final FieldRef CLOSURE_THIS = FieldRef.of(Closure.class, "thisObject");
    static final FieldRef CLOSURE_SCOPE = FieldRef.of(Closure.class, "scope");

    /** {@code new C(...)}: the object exists (with its id) before the arguments are evaluated, as in php. */
    static final Call ALLOCATE = Call.of(PhpClass.class, "allocateFor", T);
    static final Call GET_PROP_QUIET = Call.of(ObjectOps.class, "getPropQuiet", O, C, S, T);
    static final Call SET_PROP = Call.of(ObjectOps.class, "setProp", O, C, S, T, O, boolean.class);
    static final Call GET_PROP = Call.of(ObjectOps.class, "getProp", O, C, S, T);
    static final Call PROP_ARRAY = Call.of(ObjectOps.class, "propArrayForWrite", O, C, S, T);
    static final Call PROP_REF = Call.of(phpgoc.runtime.PropRefs.class, "propRef", O, C, S, T);
    static final Call PROP_CONTAINER = Call.of(phpgoc.runtime.PropRefs.class, "containerForWrite", O, C, S, T);
    static final Call CHILD_FOR_WRITE_ANY = Call.of(phpgoc.runtime.OffsetWrites.class, "childForWrite", O, O);
    static final Call DIM_REF_ANY = Call.of(phpgoc.runtime.OffsetWrites.class, "dimRef", O, O);
    static final Call ARRAY_CHILD_FOR_WRITE_ANY = Call.of(phpgoc.runtime.OffsetWrites.class, "arrayChildForWrite", O, O);
    static final Call PUT_DIM_ANY = Call.of(phpgoc.runtime.OffsetWrites.class, "putDim", O, O, O);
    static final Call GET_FOR_UPDATE_ANY = Call.of(phpgoc.runtime.OffsetWrites.class, "getForUpdate", O, O);
    static final Call INC_DEC_TARGET = Call.of(phpgoc.runtime.OffsetWrites.class, "incDecTarget", O, O);
    static final Call PUT_INC_DEC_ANY = Call.of(phpgoc.runtime.OffsetWrites.class, "putIncDec", O, O, O);
    static final Call CTOR_REF_MASK = Call.of(phpgoc.runtime.ByRefArgs.class, "ctorMask", PhpClass.class);
    static final Call STATIC_REF_MASK = Call.of(phpgoc.runtime.ByRefArgs.class, "staticMask", C, PhpClass.class, S, T);
    static final Call CTOR_ARG_ERROR = Call.of(phpgoc.runtime.ByRefArgs.class, "ctorArg", PhpClass.class, int.class);
    static final Call METHOD_ARG_ERROR = Call.of(phpgoc.runtime.ByRefArgs.class, "methodArg", O, C, S, T, int.class);
    static final Call STATIC_ARG_ERROR = Call.of(phpgoc.runtime.ByRefArgs.class, "staticArg", C, PhpClass.class, S, T,
            int.class);
    static final Call ONLY_VARIABLES = Call.of(phpgoc.runtime.ByRefArgs.class, "onlyVariables", O);
    static final Call FOREACH_PROP_REFS = Call.of(phpgoc.runtime.PropRefs.class, "foreachRefs", O, T);
    static final Call BIND_PROP = Call.of(phpgoc.runtime.PropRefs.class, "bindProp", O, C, S, T, phpgoc.runtime.Ref.class);
    static final Call BIND_STATIC = Call.of(phpgoc.runtime.PropRefs.class, "bindStatic", C, PhpClass.class, S, T,
            phpgoc.runtime.Ref.class, boolean.class);
    static final Call ISSET_PROP = Call.of(phpgoc.runtime.Magic.class, "issetProp", O, C, S, T);
    static final Call METHOD_CALLABLE = Call.of(phpgoc.runtime.Callables.class, "methodCallable", O, C, S, T);
    static final Call STATIC_CALLABLE = Call.of(phpgoc.runtime.Callables.class, "staticCallable", C, PhpClass.class, S, T, O);
    static final Call SPECIAL_NAME = Call.of(Classes.class, "specialName", C, S, T, O);
    static final Call VALUE_CALLABLE = Call.of(phpgoc.runtime.Callables.class, "valueCallable", C, O, T);
    static final Call FROM_CALLABLE = Call.of(phpgoc.runtime.Callables.class, "fromCallable", C, O, T);
    static final Call PROP_FOR_WRITE = Call.of(phpgoc.runtime.Magic.class, "propForWrite", O, C, S, T);
    static final Call PROP_INC_DEC = Call.of(phpgoc.runtime.PropTypes.class, "incDec", O, O, O, S, boolean.class);
    static final Call UNSET_PROP = Call.of(ObjectOps.class, "unsetProp", O, C, S, T);
    static final Call CALL_METHOD = Call.of(ObjectOps.class, "callMethod", O, C, S, T, Object[].class);
    static final Call CALL_STATIC = Call.of(ObjectOps.class, "callStatic", C, PhpClass.class, S, T, O, boolean.class,
            Object[].class);
    static final Call STATIC_PROP = Call.of(ObjectOps.class, "staticProp", C, PhpClass.class, S, T);
    static final Call STATIC_READ = Call.of(phpgoc.runtime.StaticProps.class, "read", phpgoc.runtime.Ref.class);
    static final Call STATIC_ASSIGN = Call.of(phpgoc.runtime.StaticProps.class, "assign", phpgoc.runtime.Ref.class, O,
            boolean.class);
    static final Call STATIC_ASSIGN_OP = Call.of(phpgoc.runtime.StaticProps.class, "assignOp", phpgoc.runtime.Ref.class, O,
            boolean.class);
    static final Call REF_INC_DEC = Call.of(phpgoc.runtime.StaticProps.class, "refIncDec", phpgoc.runtime.Ref.class, O, O,
            boolean.class);
    static final Call STATIC_INC_DEC = Call.of(phpgoc.runtime.StaticProps.class, "incDec", phpgoc.runtime.Ref.class, O, O,
            boolean.class, boolean.class);
    static final Call STATIC_ARRAY_FOR_WRITE = Call.of(phpgoc.runtime.StaticProps.class, "staticArrayForWrite",
            phpgoc.runtime.Ref.class);
    static final Call REF_CHECK_AUTO_INIT = Call.of(phpgoc.runtime.StaticProps.class, "checkAutoInit", phpgoc.runtime.Ref.class);
    static final Call STATIC_FOR_REF = Call.of(phpgoc.runtime.StaticProps.class, "forRef", phpgoc.runtime.Ref.class);
    static final Call CLASS_CONST = Call.of(ObjectOps.class, "classConstant", C, PhpClass.class, S, T);
    static final Call THIS_OF = Call.of(ObjectOps.class, "thisOf", O);
    static final Call THIS_OR_NULL = Call.of(ObjectOps.class, "thisOrNull", O);
    static final Call STATIC_OF = Call.of(ObjectOps.class, "staticOf", O);
    static final Call INSTANCE_OF = Call.of(ObjectOps.class, "instanceOf", O, S);
    static final Call INSTANCE_OF_VALUE = Call.of(ObjectOps.class, "instanceOfValue", O, O);
    static final Call INSTANCE_OF_CLASS = Call.of(ObjectOps.class, "instanceOfClass", O, PhpClass.class);
    static final Call CLONE = Call.of(ObjectOps.class, "cloneObject", C, O, T);

    static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, Type.getInternalName(Bootstrap.class), "bootstrap",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;",
            false);
    /** {@code ConstantBootstraps.getStaticFinal}: a class's template as a constant (the field named like the constant). */
    static final Handle GET_STATIC_FINAL = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps",
            "getStaticFinal",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/Class;)Ljava/lang/Object;",
            false);
    /** {@code ConstantBootstraps.invoke}: a constant computed by a method handle (a static field's getter). */
    static final Handle CONSTANT_INVOKE = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps",
            "invoke",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;)Ljava/lang/Object;",
            false);

    static final String CTX = Type.getDescriptor(Context.class);
    static final String TPL = Type.getDescriptor(ClassTemplate.class);
    static final String PHP_OBJECT = Type.getDescriptor(PhpObject.class);
}
