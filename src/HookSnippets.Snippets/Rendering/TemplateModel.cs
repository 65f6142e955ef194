using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using HookSnippets.Description.Json;
using Scriban.Runtime;

namespace HookSnippets.Snippets.Rendering;

/// <summary>
/// The globals' values as read-only <see cref="ScriptObject"/>s and <see cref="ScriptArray"/>s, built once per value
/// and shared by every target and thread: Scriban reads a ScriptObject member with one dictionary look-up, where a
/// .NET object costs a reflection call per access. Members are exactly those Scriban's own accessor exposes (public
/// instance fields and readable properties, under <see cref="StandardMemberRenamer"/>), so templates see the same
/// names and a misspelt one is still an error. JSON values stay <see cref="JsonNode"/>s: the encoders take them.
/// </summary>
internal static class TemplateModel
{
    private static readonly ConditionalWeakTable<object, object> Converted = new();

    /// <summary>The shared, read-only script form of <paramref name="value"/> (built on first use, then cached with it).</summary>
    public static object For(object value) => Converted.GetValue(value, Convert);

    private static object Convert(object value) => value switch
    {
        IEnumerable items => ToArray(items),
        _ => ToObject(value),
    };

    private static object? Script(object? value) => value switch
    {
        null or string or JsonNode => value,
        _ when value.GetType().IsPrimitive || value.GetType().IsEnum => value,
        IEnumerable items => ToArray(items),
        _ => ToObject(value),
    };

    private static ScriptArray ToArray(IEnumerable items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(Script(item));
        }

        array.IsReadOnly = true;
        return array;
    }

    private static ScriptObject ToObject(object value)
    {
        var script = new ScriptObject();
        foreach (var member in Members(value.GetType()))
        {
            var name = StandardMemberRenamer.Default(member);
            if (!script.ContainsKey(name))
            {
                script.SetValue(name, Script(member is PropertyInfo property ? property.GetValue(value) : ((FieldInfo)member).GetValue(value)), readOnly: true);
            }
        }

        script.IsReadOnly = true;
        return script;
    }

    /// <summary>What Scriban's typed accessor reads: public instance fields and public getters without parameters, declared order.</summary>
    private static IEnumerable<MemberInfo> Members(Type type)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        return type.GetFields(Flags).Cast<MemberInfo>()
            .Concat(type.GetProperties(Flags).Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0));
    }
}
