// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// A request member with three states: unset (left out of the JSON, the default), or set to a value, which may be
/// null (sent as JSON <c>null</c>, to clear the member on the server). Assign a value or <c>null</c> directly:
/// <c>Description = null</c> sends <c>"description":null</c>; not assigning it sends nothing.
/// </summary>
/// <typeparam name="T">The member's type, nullable.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public readonly struct Optional<T> : global::System.IEquatable<global::HookSnippets.Generator.Runtime.Optional<T>>
{
    /// <summary>A set member holding <paramref name="value"/>, which may be null.</summary>
    public Optional(T value)
    {
        Value = value;
        IsSet = true;
    }

    /// <summary>True when the member is sent (with <see cref="Value"/>, possibly null).</summary>
    public bool IsSet { get; }

    /// <summary>The value when <see cref="IsSet"/>; default otherwise.</summary>
    public T Value { get; }

    /// <summary>Sets the member to <paramref name="value"/> (null included).</summary>
    public static implicit operator global::HookSnippets.Generator.Runtime.Optional<T>(T value) => new(value);

    /// <summary>Both unset, or both set to equal values.</summary>
    /// <param name="left">The first member.</param>
    /// <param name="right">The second member.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(global::HookSnippets.Generator.Runtime.Optional<T> left, global::HookSnippets.Generator.Runtime.Optional<T> right) => left.Equals(right);

    /// <summary>One set and the other not, or different values.</summary>
    /// <param name="left">The first member.</param>
    /// <param name="right">The second member.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(global::HookSnippets.Generator.Runtime.Optional<T> left, global::HookSnippets.Generator.Runtime.Optional<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(global::HookSnippets.Generator.Runtime.Optional<T> other) =>
        IsSet == other.IsSet && global::System.Collections.Generic.EqualityComparer<T>.Default.Equals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is global::HookSnippets.Generator.Runtime.Optional<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => IsSet ? global::System.HashCode.Combine(true, Value) : 0;

    /// <summary>The value's text, <c>null</c> for an explicit null, <c>(unset)</c> when not set.</summary>
    public override string ToString() => IsSet ? Value?.ToString() ?? "null" : "(unset)";
}
