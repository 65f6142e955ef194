using HookSnippets.Description;

namespace HookSnippets.ClientShape;

/// <summary>
/// The C# shape of one description: every name the generated client uses, already resolved, so the emitter and the
/// csharp-client sample never map names themselves. All parts have value equality (the generator caches on it).
/// </summary>
public sealed record CSharpClientShape(
    string Namespace,
    string ClientName,
    string OptionsName,
    string? Title,
    string? Description,
    string BaseUrl,
    EquatableArray<BaseUrlVariableShape> Variables,
    EquatableArray<CredentialShape> Credentials,
    EquatableArray<GroupShape> Groups,
    EquatableArray<TypeShape> Types)
{
    /// <summary>The group whose class is the client itself (operations whose id has no dot).</summary>
    public GroupShape Root => Groups[0];
}

/// <summary>A <c>{name}</c> of the base URL, set through the options property <see cref="PropertyName"/>.</summary>
public sealed record BaseUrlVariableShape(string Name, string PropertyName, string? Default, string Example, string? Description);

/// <summary>
/// One node of the group tree built from dotted operation ids. <see cref="Path"/> holds the PascalCase segments
/// (empty for the client itself); <see cref="PropertyName"/> is how the parent exposes it (<c>client.Hooks</c>).
/// <see cref="InterfaceName"/> is what the class implements (<c>IHooksClient</c>, mocked in tests).
/// </summary>
public sealed record GroupShape(
    EquatableArray<string> Path,
    string ClassName,
    string PropertyName,
    EquatableArray<GroupRef> Children,
    EquatableArray<OperationShape> Operations,
    string InterfaceName);

public sealed record GroupRef(string PropertyName, string ClassName, string InterfaceName);
