using System.Reflection;
using System.Reflection.Emit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Framework.Http.Application;

/// <summary>
/// Emits, per application-service method, a static handler whose parameters carry the binding attributes minimal
/// APIs read (<c>[FromServices]</c> service, <c>[FromRoute]</c>, camelCase <c>[FromQuery]</c> — a query record
/// flattened into one parameter per property and rebuilt in IL —, <c>[FromBody]</c>, a bound upload), and whose body
/// is one interface call. <c>RequestDelegateFactory</c> then builds the endpoint and its OpenAPI description from a
/// method that has the same shape a hand-written lambda had, so binding, Problem Details for bad input and the
/// document stay as they were. Reference parameters get nullability annotations, which the runtime reads by name,
/// so an optional body is optional and a required one is required.
/// </summary>
internal static class EndpointHandlerEmitter
{
    private const byte NotNull = 1;
    private const byte MaybeNull = 2;

    private const string AssemblyName = "StayHub.ApplicationServiceEndpoints";

    private static readonly Lock Gate = new();
    private static readonly ModuleBuilder Module =
        AssemblyBuilder.DefineDynamicAssembly(new System.Reflection.AssemblyName(AssemblyName), AssemblyBuilderAccess.Run)
            .DefineDynamicModule(AssemblyName);

    private static readonly ConstructorInfo NullableAttributeConstructor = DefineNullableAttribute();
    private static int _sequence;

    /// <summary>Whether <paramref name="method"/> is a handler emitted here.</summary>
    public static bool IsHandler(MethodInfo method) =>
        method.Module.Assembly.IsDynamic && method.Module.Assembly.GetName().Name == AssemblyName;

    /// <summary>The static handler for <paramref name="method"/> of <paramref name="serviceType"/>.</summary>
    public static MethodInfo Emit(Type serviceType, ApplicationMethodDescriptor method)
    {
        lock (Gate)
        {
            var type = Module.DefineType($"{serviceType.Name}_{method.Name}_{++_sequence}", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);
            var parameters = new List<(Type Type, string Name, CustomAttributeBuilder[] Attributes)>
            {
                (serviceType, "service", [Attribute<FromServicesAttribute>()]),
            };
            foreach (var parameter in method.Parameters)
            {
                parameters.AddRange(HandlerParameters(parameter));
            }

            var handler = type.DefineMethod("Handle", MethodAttributes.Public | MethodAttributes.Static, method.Method.ReturnType, [.. parameters.Select(p => p.Type)]);
            for (var i = 0; i < parameters.Count; i++)
            {
                var builder = handler.DefineParameter(i + 1, ParameterAttributes.None, parameters[i].Name);
                foreach (var attribute in parameters[i].Attributes)
                {
                    builder.SetCustomAttribute(attribute);
                }
            }

            EmitBody(handler.GetILGenerator(), method);
            return type.CreateType().GetMethod("Handle")!;
        }
    }

    private static IEnumerable<(Type, string, CustomAttributeBuilder[])> HandlerParameters(ApplicationParameterDescriptor parameter)
    {
        switch (parameter.Source)
        {
            case ParameterBindingSource.Path:
                yield return (parameter.Type, parameter.Name, [Named<FromRouteAttribute>(parameter.Name)]);
                break;
            case ParameterBindingSource.Query when parameter.QueryFields is { } fields:
                foreach (var field in fields)
                {
                    yield return (field.Type, $"{parameter.Name}_{field.Name}", WithNullability(field.Type, optional: true, Named<FromQueryAttribute>(field.Name)));
                }

                break;
            case ParameterBindingSource.Query:
                yield return (parameter.Type, parameter.Name, WithNullability(parameter.Type, parameter.IsOptional, Named<FromQueryAttribute>(parameter.Name)));
                break;
            case ParameterBindingSource.Body:
                yield return (parameter.Type, parameter.Name, WithNullability(parameter.Type, parameter.IsOptional, Attribute<FromBodyAttribute>()));
                break;
            case ParameterBindingSource.Form:
                // Bound by MultipartFileContent.BindAsync, which reads the upload as a stream (never buffered whole).
                yield return (typeof(MultipartFileContent), parameter.Name, []);
                break;
            case ParameterBindingSource.Cancellation:
                yield return (typeof(CancellationToken), parameter.Name, []);
                break;
            default:
                throw new InvalidOperationException($"Unknown binding source {parameter.Source}.");
        }
    }

    private static void EmitBody(ILGenerator il, ApplicationMethodDescriptor method)
    {
        il.Emit(OpCodes.Ldarg_0);
        var argument = 1;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.QueryFields is { } fields)
            {
                foreach (var _ in fields)
                {
                    il.Emit(OpCodes.Ldarg, (short)argument++);
                }

                var constructor = parameter.Type.GetConstructor([.. fields.Select(f => f.Type)])
                    ?? throw new InvalidOperationException($"{parameter.Type} has no constructor taking its query fields.");
                il.Emit(OpCodes.Newobj, constructor);
            }
            else
            {
                il.Emit(OpCodes.Ldarg, (short)argument++);
            }
        }

        il.Emit(OpCodes.Callvirt, method.Method);
        il.Emit(OpCodes.Ret);
    }

    private static CustomAttributeBuilder[] WithNullability(Type type, bool optional, CustomAttributeBuilder binding) =>
        type.IsValueType ? [binding] : [binding, new CustomAttributeBuilder(NullableAttributeConstructor, [optional ? MaybeNull : NotNull])];

    private static CustomAttributeBuilder Attribute<TAttribute>()
        where TAttribute : Attribute =>
        new(typeof(TAttribute).GetConstructor(Type.EmptyTypes)!, []);

    private static CustomAttributeBuilder Named<TAttribute>(string name)
        where TAttribute : Attribute, IModelNameProvider =>
        new(typeof(TAttribute).GetConstructor(Type.EmptyTypes)!, [], [typeof(TAttribute).GetProperty(nameof(IModelNameProvider.Name))!], [name]);

    /// <summary>
    /// The compiler's <c>System.Runtime.CompilerServices.NullableAttribute</c> is private to each assembly and matched
    /// by name, so the dynamic assembly declares its own (a byte: 1 not null, 2 maybe null).
    /// </summary>
    private static ConstructorInfo DefineNullableAttribute()
    {
        var type = Module.DefineType("System.Runtime.CompilerServices.NullableAttribute", TypeAttributes.NotPublic | TypeAttributes.Sealed, typeof(Attribute));
        var field = type.DefineField("NullableFlags", typeof(byte[]), FieldAttributes.Public | FieldAttributes.InitOnly);
        var constructor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(byte)]);
        var il = constructor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(Attribute).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)!);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Newarr, typeof(byte));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stelem_I1);
        il.Emit(OpCodes.Stfld, field);
        il.Emit(OpCodes.Ret);
        return type.CreateType().GetConstructor([typeof(byte)])!;
    }
}
