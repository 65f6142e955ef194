using System;

namespace HookSnippets.ClientShape;

/// <summary>
/// What the client does with a generated type's JSON, so only the code it calls is emitted: a reader for what a
/// response can carry, a writer for what a request can send (for enums: their wire value, also for parameters), a
/// member count for a request record whose minProperties/maxProperties is checked before sending.
/// </summary>
[Flags]
public enum TypeUsage
{
    None = 0,
    Read = 1,
    Written = 2,
    Counted = 4,
}
