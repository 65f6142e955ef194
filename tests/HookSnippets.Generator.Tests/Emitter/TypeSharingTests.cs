using HookSnippets.ClientShape;
using HookSnippets.Description.Model;
using HookSnippets.Generator.Emitter;
using static HookSnippets.Tests.Shared.Schemas;

namespace HookSnippets.Generator.Tests.Emitter;

/// <summary>
/// Structural duplicates become one type named after the first of them, types no operation reaches are left out,
/// and the JSON class has only the readers, writers and counts the client calls (docs/generated-client.md).
/// </summary>
public sealed class TypeSharingTests
{
    [Fact]
    public void Structural_duplicates_become_the_first_type_and_every_use_refers_to_it()
    {
        var shape = Build(Api(
            [
                Operation("things.get", "GET", "/things/{id}", [PathParameter("id")], responses: [Response("200", Ref("GetThingResult"))]),
                Operation("things.update", "PATCH", "/things/{id}", [PathParameter("id")], responses: [Response("200", Ref("UpdateThingResult"))]),
                Operation("things.list", "GET", "/things", responses: [Response("200", Array(Ref("ListedThing")))]),
            ],
            ("GetThingResult", Object(("id", String()), ("owner", Ref("GetOwner")))),
            ("GetOwner", Object(("name", String()))),
            ("UpdateThingResult", Object(("id", String()), ("owner", Ref("UpdateOwner")))),
            ("UpdateOwner", Object(("name", String()))),
            ("ListedThing", Object(("id", String()), ("owner", Ref("GetOwner")), ("extra", Boolean())))));

        Assert.Equal(["GetThingResult", "GetOwner", "ListedThing"], shape.Types.Select(t => t.Name));
        var operations = shape.Groups[1].Operations;
        Assert.Equal("GetThingResult", operations.Single(o => o.Id == "things.update").ResultType!.Name);
        Assert.Equal("GetOwner", shape.Types[0].Properties[1].Type.Name);
    }

    [Fact]
    public void Recursive_duplicates_merge_and_types_differing_in_a_member_do_not()
    {
        var shape = Build(Api(
            [
                Operation("a.get", "GET", "/a", responses: [Response("200", Ref("NodeA"))]),
                Operation("b.get", "GET", "/b", responses: [Response("200", Ref("NodeB"))]),
                Operation("c.get", "GET", "/c", responses: [Response("200", Ref("NodeC"))]),
            ],
            ("NodeA", Object(("name", String()), ("children", Array(Ref("NodeA"))))),
            ("NodeB", Object(("name", String()), ("children", Array(Ref("NodeB"))))),
            ("NodeC", Object(("name", Integer()), ("children", Array(Ref("NodeC")))))));

        Assert.Equal(["NodeA", "NodeC"], shape.Types.Select(t => t.Name));
        Assert.Equal("NodeA", shape.Groups.Single(g => g.ClassName == "BClient").Operations[0].ResultType!.Name);
    }

    [Fact]
    public void A_request_record_and_a_lenient_response_record_of_one_schema_stay_apart()
    {
        var thing = Object(("id", String()), ("name", String())).Required("id");
        var shape = Build(Api(
            [Operation("things.create", "POST", "/things", body: Body("thing", Ref("NewThing")), responses: [Response("201", Ref("Thing"))])],
            ("NewThing", thing),
            ("Thing", thing)));

        Assert.Equal(["NewThing", "Thing"], shape.Types.Select(t => t.Name));
        Assert.Equal([TypeUsage.Written, TypeUsage.Read], shape.Types.Select(t => t.Usage));
    }

    [Fact]
    public void Types_no_operation_reaches_are_not_generated()
    {
        var shape = Build(Api(
            [Operation("things.get", "GET", "/things", responses: [Response("200", Ref("Thing"))])],
            ("Thing", Object(("id", String()))),
            ("Orphan", Object(("thing", Ref("Thing")), ("other", Ref("OrphanChild")))),
            ("OrphanChild", Object(("size", Integer())))));

        Assert.Equal(["Thing"], shape.Types.Select(t => t.Name));
    }

    [Fact]
    public void The_json_class_reads_received_types_writes_sent_ones_and_counts_only_checked_bodies()
    {
        var shape = Build(Api(
            [
                Operation("things.create", "POST", "/things", body: Body("thing", Ref("NewThing")), responses: [Response("201", Ref("Thing"))]),
                Operation("things.patch", "PATCH", "/things/{id}", [PathParameter("id"), QueryParameter("mode", Ref("Mode"))], body: Body("changes", Ref("Changes"))),
            ],
            ("NewThing", Object(("id", String()), ("color", Ref("Color"))).Required("id")),
            ("Thing", Object(("id", String()), ("color", Ref("Color")))),
            ("Changes", Object(("name", String())) with { MinProperties = 1 }),
            ("Color", Enum("red", "blue")),
            ("Mode", Enum("fast", "slow"))));

        var json = new JsonEmitter(shape, CSharpNames.Qualifier(shape.Namespace)).Emit(shape);
        string[] expected =
        [
            "void WriteNewThing(", "global::Contoso.Api.Thing ReadThing(", "void WriteChanges(", "int CountChanges(",
            "global::Contoso.Api.Color ReadColor(",
        ];

        // Enums write themselves (ToWire on the struct): the JSON class holds no per-enum writer or table.
        string[] absent = ["ReadNewThing(", "WriteThing(", "ReadChanges(", "CountNewThing(", "CountThing(", "ReadMode(", "string ToWire(", "WireOf"];
        Assert.All(expected, e => Assert.Contains("internal static " + e, json, StringComparison.Ordinal));
        Assert.All(absent, a => Assert.DoesNotContain(a, json, StringComparison.Ordinal));
    }

    private static CSharpClientShape Build(ApiDescription description)
    {
        var result = ClientShapeBuilder.Build(description, "endpoints.json", "Contoso.Api", "TestClient");
        Assert.Empty(result.Diagnostics);
        EmittedCompilation.AssertClean(EmittedCompilation.Compile(ClientEmitter.Emit(result.Shape).Concat(ClientEmitter.EmitShared(result.Shape.Namespace))));
        return result.Shape;
    }
}
