using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Encoders;

/// <summary>How one language spells JSON values as its own literals (dict, array, hash, object).</summary>
internal abstract class NativeJsonDialect
{
    /// <summary>One level of indentation in the language's usual style.</summary>
    public abstract string IndentUnit { get; }

    public abstract string Null { get; }

    public abstract string True { get; }

    public abstract string False { get; }

    public abstract string String(string value);

    /// <summary>The text before a member's value, such as <c>'name': </c>.</summary>
    public abstract string MemberPrefix(string name);

    /// <summary>True when the language serialises this number lexeme back to the same value; then the lexeme is written as is.</summary>
    public abstract bool KeepsNumber(string text);

    public virtual bool KeepsMember(JsonObject owner, string name) => true;

    public virtual string ObjectOpen(JsonObject value) => "{";

    public virtual string ObjectClose(JsonObject value) => "}";
}
