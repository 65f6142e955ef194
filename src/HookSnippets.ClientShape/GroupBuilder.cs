using System.Collections.Generic;
using System.Text;
using HookSnippets.Description;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;

namespace HookSnippets.ClientShape;

/// <summary>
/// Builds the group tree from dotted operation ids (<c>hooks.secrets.create</c> is
/// <c>client.Hooks.Secrets.CreateAsync</c>), in the order groups and operations first appear.
/// </summary>
internal sealed class GroupBuilder
{
    private readonly ShapeContext _context;
    private readonly TypeResolver _types;
    private readonly List<Node> _nodes = new();

    private GroupBuilder(ShapeContext context, TypeResolver types)
    {
        _context = context;
        _types = types;
    }

    /// <summary>The step after the named types are declared: the groups and their methods, naming inline types as they are met.</summary>
    public static ShapedGroups Build(ShapeContext context, TypeResolver declared) =>
        new(new GroupBuilder(context, declared).BuildGroups(), declared);

    private EquatableArray<GroupShape> BuildGroups()
    {
        var root = new Node(new List<string>(), _context.ClientName, string.Empty, InterfaceName(_context.ClientName, _context.Description.Operations[0].IdSpan));
        _nodes.Add(root);
        root.Members.Take(_context.ClientName, out _);
        foreach (var operation in _context.Description.Operations)
        {
            var segments = operation.IdSegments;
            var node = root;
            var path = new List<string>();
            for (var i = 0; i < segments.Count - 1; i++)
            {
                path.Add(Identifiers.ToPascalCase(segments[i]));
                node = Child(node, path, operation);
            }

            var built = new OperationBuilder(_context, _types, operation, path).Build(node.Members);
            if (built is not null)
            {
                node.Operations.Add(built);
            }
        }

        var groups = new List<GroupShape>();
        foreach (var node in _nodes)
        {
            groups.Add(new GroupShape(
                node.Path.ToEquatableArray(), node.ClassName, node.PropertyName, node.Children.ToEquatableArray(), node.Operations.ToEquatableArray(),
                node.InterfaceName));
        }

        return groups.ToEquatableArray();
    }

    private Node Child(Node parent, List<string> path, Operation operation)
    {
        var segment = path[path.Count - 1];
        foreach (var child in parent.ChildNodes)
        {
            if (child.Segment == segment)
            {
                return child;
            }
        }

        var wantedClass = new StringBuilder();
        foreach (var part in path)
        {
            wantedClass.Append(part);
        }

        var className = _context.Take(_context.TypeNames, wantedClass.Append("Client").ToString(), operation.IdSpan);
        var interfaceName = InterfaceName(className, operation.IdSpan);
        var propertyName = _context.Take(parent.Members, segment, operation.IdSpan);
        var node = new Node(new List<string>(path), className, propertyName, interfaceName) { Segment = segment };
        node.Members.Take(className, out _);
        parent.ChildNodes.Add(node);
        parent.Children.Add(new GroupRef(propertyName, className, interfaceName));
        _nodes.Add(node);
        return node;
    }

    /// <summary><c>IHooksClient</c> for <c>HooksClient</c>, taken among the type names.</summary>
    private string InterfaceName(string className, HookSnippets.Description.Text.SourceSpan span) =>
        _context.Take(_context.TypeNames, "I" + className, span);

    private sealed class Node
    {
        public Node(List<string> path, string className, string propertyName, string interfaceName)
        {
            Path = path;
            ClassName = className;
            PropertyName = propertyName;
            InterfaceName = interfaceName;
        }

        public string InterfaceName { get; }

        public List<string> Path { get; }

        public string ClassName { get; }

        public string PropertyName { get; }

        public string Segment { get; set; } = string.Empty;

        /// <summary>Member names of the group class: child group properties and methods share it.</summary>
        public UniqueNames Members { get; } = new("ToString", "Equals", "GetHashCode", "GetType");

        public List<Node> ChildNodes { get; } = new();

        public List<GroupRef> Children { get; } = new();

        public List<OperationShape> Operations { get; } = new();
    }
}
