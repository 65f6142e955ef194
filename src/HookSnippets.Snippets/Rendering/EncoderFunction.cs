using HookSnippets.Description.Json;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HookSnippets.Snippets.Rendering;

/// <summary>
/// An encoder as a Scriban function that calls its delegate directly. Scriban's wrapper for an imported delegate
/// (<see cref="DelegateCustomFunction"/>) invokes it through reflection on every call, which cost about a fifth of
/// the rendering time. Scriban counts and converts the arguments before <see cref="Invoke"/>, from the parameter
/// infos given here (the encoder's own parameter names and types), so a wrong argument still gets Scriban's message
/// at the argument's position, and an encoder's <see cref="ArgumentException"/> still names the argument.
/// </summary>
internal abstract class EncoderFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] _parameters;

    private EncoderFunction(Delegate encoder)
    {
        _parameters = encoder.Method.GetParameters().Select(p => new ScriptParameterInfo(p.ParameterType, p.Name!)).ToArray();
        ReturnType = encoder.Method.ReturnType;
    }

    public int RequiredParameterCount => _parameters.Length;

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType { get; }

    public static EncoderFunction Of(Func<string, string> encoder) => new StringEncoder(encoder);

    public static EncoderFunction Of(Func<JsonNode, int, string> writer) => new ValueWriter(writer);

    public static EncoderFunction Of(Func<string, int, string> encoder) => new IndentedStringEncoder(encoder);

    public static EncoderFunction Of(Func<JsonNode, bool> check) => new ValueCheck(check);

    public static EncoderFunction Of(Func<string, bool> check) => new StringCheck(check);

    public static EncoderFunction Of(Func<string, string, bool> check) => new StringPairCheck(check);

    /// <summary>Throws for an index past the last parameter, as Scriban's own functions do (it reports the message).</summary>
    public ScriptParameterInfo GetParameterInfo(int index) => index >= 0 && index < _parameters.Length
        ? _parameters[index]
        : throw new ArgumentOutOfRangeException(nameof(index), index < 0 ? "Argument index must be >= 0" : $"Argument index must be < {ParameterCount}");

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    // One class per signature, not a generic one: a cast to a shared generic type parameter goes through a runtime
    // helper that cost more than the encoders themselves. A null int is 0, as reflection passes it.
    private sealed class StringEncoder(Func<string, string> encoder) : EncoderFunction(encoder)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            encoder((string)arguments[0]!);
    }

    private sealed class IndentedStringEncoder(Func<string, int, string> encoder) : EncoderFunction(encoder)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            encoder((string)arguments[0]!, arguments[1] is int indent ? indent : 0);
    }

    private sealed class ValueWriter(Func<JsonNode, int, string> writer) : EncoderFunction(writer)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            writer((JsonNode)arguments[0]!, arguments[1] is int indent ? indent : 0);
    }

    private sealed class ValueCheck(Func<JsonNode, bool> check) : EncoderFunction(check)
    {
        internal static readonly object True = true;
        internal static readonly object False = false;

        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            check((JsonNode)arguments[0]!) ? True : False;
    }

    private sealed class StringCheck(Func<string, bool> check) : EncoderFunction(check)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            check((string)arguments[0]!) ? ValueCheck.True : ValueCheck.False;
    }

    private sealed class StringPairCheck(Func<string, string, bool> check) : EncoderFunction(check)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            check((string)arguments[0]!, (string)arguments[1]!) ? ValueCheck.True : ValueCheck.False;
    }
}
