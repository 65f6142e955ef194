using HookSnippets.Description;
using HookSnippets.ClientShape;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.Generator.Emitter;
using static HookSnippets.Tests.Shared.Schemas;

namespace HookSnippets.Generator.Tests.Emitter;

/// <summary>Small descriptions, each stressing one shape; every one must compile with zero warnings.</summary>
public sealed class FocusedDescriptionTests
{
    [Fact]
    public void MapBodyWithCountLimits()
    {
        var shape = Compiles(Api([Operation("labels.put", "PUT", "/labels", body: Body("labels", Map(Integer(), min: 1, max: 3)))]));

        Assert.Single(shape.Root.Children);
        var body = shape.Groups[1].Operations[0].Body!;
        Assert.Equal("labels", body.ArgumentName);
        Assert.Equal(new TypeRef(TypeKind.Map, null, TypeRef.Of(TypeKind.Int32), 1, 3), body.Type);
    }

    [Fact]
    public void ArrayBodyOfRecordsAndArrayResult()
    {
        var shape = Compiles(Api(
            [Operation("things.import", "POST", "/things", body: Body("things", Array(Ref("Thing"), minItems: 1)), responses: [Response("200", Array(Ref("Thing")))])],
            ("Thing", Object(("id", String()), ("tags", Array(String()))))));

        var operation = shape.Groups[1].Operations[0];
        Assert.Equal(TypeKind.List, operation.ResultType!.Kind);
        Assert.Equal(1, operation.Body!.Type.MinCount);
    }

    [Fact]
    public void EnumsAndArraysInQueryAndHeaders()
    {
        var shape = Compiles(Api([Operation("things.search", "GET", "/things",
        [
            QueryParameter("kind", Enum("big-one", "small_one", "2x")),
            QueryParameter("ids", Array(Integer()), style: ParameterStyle.Comma),
            QueryParameter("tags", Array(String())),
            HeaderParameter("X-Request-Id", String(), required: true),
            HeaderParameter("X-Limit", Integer()),
        ])]));

        var type = Assert.Single(shape.Types);
        Assert.Equal("ThingsSearchKind", type.Name);
        Assert.Equal(["BigOne", "SmallOne", "_2x"], type.Members.Select(m => m.Name));
        Assert.Equal(
            ["xRequestId", "kind", "ids", "tags", "xLimit"],
            shape.Groups[1].Operations[0].Parameters.Select(p => p.ArgumentName));
    }

    [Fact]
    public void NestedInlineObjectsGetNamesFromWhereTheyAppear()
    {
        var owner = Object(("name", String()), ("address", Object(("city", String()))));
        var shape = Compiles(Api([Operation("things.create", "POST", "/things", body: Body(null, Object(("owner", owner)).Required("owner")), responses: [Response("201", Object(("id", String())))])]));

        Assert.Equal(
            ["ThingsCreateRequest", "ThingsCreateRequestOwner", "ThingsCreateRequestOwnerAddress", "ThingsCreateResult"],
            shape.Types.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RecursiveTypeThroughRef()
    {
        var shape = Compiles(Api(
            [Operation("nodes.get", "GET", "/nodes/{id}", [PathParameter("id")], responses: [Response("200", Ref("Node"))])],
            ("Node", Object(("name", String()), ("parent", Ref("Node")), ("children", Array(Ref("Node"))), ("byName", Map(Ref("Node")))))));

        Assert.Equal("Node", Assert.Single(shape.Types).Name);
    }

    [Fact]
    public void UntypedUnionBecomesJsonElementWithWarningAtTheSchema()
    {
        var union = OneOf(String(), Integer());
        var result = ClientShapeBuilder.Build(
            Api([Operation("things.get", "GET", "/things", responses: [Response("200", Object(("value", union)))])]),
            "endpoints.json",
            "Contoso.Api",
            "TestClient");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(new DiagnosticInfo("HS2101", Severity.Warning, "union type cannot be typed; it is exposed as JsonElement", "endpoints.json", union.Span), diagnostic);
        Assert.Equal(TypeRef.Of(TypeKind.Json), result.Shape.Types[0].Properties[0].Type);
        CompileClean(result.Shape);
    }

    [Fact]
    public void NullableOneOfIsTheOtherAlternative()
    {
        var shape = Compiles(Api([Operation("things.get", "GET", "/things", responses: [Response("200", OneOf(Ref("Thing"), Schema.Create(SchemaType.Null)))])], ("Thing", Object(("id", String())))));

        Assert.Equal(TypeRef.Named(TypeKind.Record, "Thing"), shape.Groups[1].Operations[0].ResultType);
    }

    [Fact]
    public void AllOfMergesObjectMembers()
    {
        var shape = Compiles(Api(
            [Operation("things.create", "POST", "/things", body: Body("thing", Ref("Special")), responses: [Response("204")])],
            ("Base", Object(("id", String())).Required("id")),
            ("Special", Schema.Create(SchemaType.Any) with { AllOf = new[] { Ref("Base"), Object(("extra", Integer())) }.ToEquatableArray() })));

        var special = shape.Types.Single(t => t.Name == "Special");
        Assert.Equal(["Id", "Extra"], special.Properties.Select(p => p.PropertyName));
        Assert.True(special.Properties[0].Required);
    }

    [Fact]
    public void RecordsAResponseCarriesHaveNoRequiredMembers()
    {
        var shape = Compiles(Api(
            [
                Operation("things.create", "POST", "/things", body: Body("thing", Ref("Draft")), responses: [Response("201", Ref("Thing"))]),
            ],
            ("Draft", Object(("name", String())).Required("name")),
            ("Thing", Object(("id", String()), ("owner", Ref("Owner"))).Required("id")),
            ("Owner", Object(("login", String())).Required("login"))));

        Assert.True(shape.Types.Single(t => t.Name == "Draft").Properties.Single().Required);
        Assert.All(shape.Types.Where(t => t.Name is "Thing" or "Owner").SelectMany(t => t.Properties), p => Assert.False(p.Required));
    }

    [Fact]
    public void KeywordAndReservedNames()
    {
        var result = ClientShapeBuilder.Build(
            Api(
                [Operation("event.object", "POST", "/events/{namespace}", [PathParameter("namespace"), QueryParameter("class", String()), QueryParameter("cancellationToken", String())], body: Body("object", Ref("event")))],
                ("event", Object(("class", String()), ("ToString", String()), ("event", String()), ("string", Integer())).Required("class"))),
            "endpoints.json",
            "Contoso.Api",
            "TestClient");

        Assert.Equal(["HS2104", "HS2104", "HS2104"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(["Class", "ToString2", "Event2", "String"], result.Shape.Types[0].Properties.Select(p => p.PropertyName));
        Assert.Equal(["@namespace", "@object", "@class", "cancellationToken2"], result.Shape.Groups[1].Operations[0].Parameters.Select(p => p.ArgumentName));
        CompileClean(result.Shape);
    }

    [Fact]
    public void NamesNeedingConversion()
    {
        var shape = Compiles(Api(
            [Operation("user-profiles.get_all", "GET", "/user-profiles", [QueryParameter("per-page", Integer()), QueryParameter("2fa", Boolean()), QueryParameter("$filter", String())], responses: [Response("200", Ref("user_profile"))])],
            ("user_profile", Object(("first-name", String()), ("2fa_enabled", Boolean()), ("$type", String())))));

        Assert.Equal("UserProfilesClient", shape.Groups[1].ClassName);
        Assert.Equal("GetAllAsync", shape.Groups[1].Operations[0].MethodName);
        Assert.Equal(["perPage", "_2fa", "filter"], shape.Groups[1].Operations[0].Parameters.Select(p => p.ArgumentName));
        Assert.Equal(["FirstName", "_2faEnabled", "Type"], shape.Types[0].Properties.Select(p => p.PropertyName));
    }

    [Fact]
    public void RuntimeTypeNamesAreNotTaken()
    {
        var result = ClientShapeBuilder.Build(
            Api([Operation("errors.get", "GET", "/errors", responses: [Response("200", Ref("ApiException"))])], ("ApiException", Object(("code", String())))),
            "endpoints.json",
            "Contoso.Api",
            "TestClient");

        Assert.Equal("HS2104", Assert.Single(result.Diagnostics).Id);
        Assert.Equal("ApiException2", result.Shape.Types[0].Name);
        CompileClean(result.Shape);
    }

    [Fact]
    public void OperationsWithoutGroupAreClientMethodsAndSameNamesAreRenamed()
    {
        var result = ClientShapeBuilder.Build(
            Api([Operation("ping", "GET", "/ping"), Operation("things.get_all", "GET", "/a"), Operation("things.getAll", "GET", "/b")]),
            "endpoints.json",
            "Contoso.Api",
            "TestClient");

        Assert.Equal("PingAsync", Assert.Single(result.Shape.Root.Operations).MethodName);
        Assert.Equal(["GetAllAsync", "GetAllAsync2"], result.Shape.Groups[1].Operations.Select(o => o.MethodName));
        Assert.Equal("HS2104", Assert.Single(result.Diagnostics).Id);
        CompileClean(result.Shape);
    }

    [Fact]
    public void UnsupportedShapesAreReportedAndLeftOut()
    {
        var formBody = Body(null, String(), contentType: "application/x-www-form-urlencoded");
        var objectQuery = QueryParameter("filter", Object(("a", String())));
        var missing = Ref("Missing");
        var loop = Ref("Loop");
        var result = ClientShapeBuilder.Build(
            Api(
                [
                    Operation("things.form", "POST", "/form", body: formBody),
                    Operation("things.filter", "GET", "/filter", [objectQuery]),
                    Operation("things.get", "GET", "/things", responses: [Response("200", Object(("a", missing), ("b", Ref("Loop"))))]),
                ],
                ("Loop", Array(loop))),
            "endpoints.json",
            "Contoso.Api",
            "TestClient");

        Assert.Equal(
            [("HS2105", formBody.Span), ("HS2107", objectQuery.Span), ("HS2106", missing.Span), ("HS2102", loop.Span)],
            result.Diagnostics.Select(d => (d.Id, d.Span)));
        Assert.Equal(["GetAsync"], result.Shape.Groups[1].Operations.Select(o => o.MethodName));
        CompileClean(result.Shape);
    }

    [Fact]
    public void RequiredNullableOptionalBodyAndOptionalResult()
    {
        var body = Body(null, Ref("Patch")) with { Required = false };
        var shape = Compiles(Api(
            [Operation("things.patch", "PATCH", "/things/{id}", [PathParameter("id")], body: body, responses: [Response("200", Ref("Patch")), Response("204")])],
            ("Patch", Object(("note", String() with { Nullable = true }), ("count", Integer() with { Format = "int64" })).Required("note"))));

        var operation = shape.Groups[1].Operations[0];
        Assert.True(operation.ResultIsOptional);
        Assert.False(operation.Body!.Required);
        Assert.Equal(TypeKind.Int64, shape.Types[0].Properties[1].Type.Kind);
    }

    [Fact]
    public void AnIntegerWithoutFormatIsLongOnlyWhenAValueTheDescriptionGivesForItExceedsInt()
    {
        var shape = Compiles(Api(
        [
            Operation("numbers.big", "PUT", "/big", body: Body("value", Integer(), Num("9007199254740993"))),
            Operation("numbers.small", "PUT", "/small", body: Body("value", Integer(), Num("2147483647"))),
            Operation("numbers.declared", "PUT", "/declared", body: Body("value", Integer() with { Format = "int32" }, Num("9007199254740993"))),
            Operation("numbers.query", "GET", "/query",
            [
                QueryParameter("below", Integer(), Num("-2147483649")),
                QueryParameter("fits", Integer(), Num("-2147483648")),
                QueryParameter("byDefault", Integer() with { Default = Num("4294967296") }),
            ]),
            Operation("numbers.record", "POST", "/record", body: Body("value", Ref("Counter"))),
        ],
            ("Counter", Object(("bytes", Integer() with { Maximum = 4294967295d }), ("count", Integer() with { Maximum = 2147483647d }), ("id", Integer() with { Example = Num("1e10") })))));

        var operations = shape.Groups[1].Operations.ToDictionary(o => o.Id);
        Assert.Equal(TypeKind.Int64, operations["numbers.big"].Body!.Type.Kind);
        Assert.Equal(TypeKind.Int32, operations["numbers.small"].Body!.Type.Kind);
        Assert.Equal(TypeKind.Int32, operations["numbers.declared"].Body!.Type.Kind);
        Assert.Equal([TypeKind.Int64, TypeKind.Int32, TypeKind.Int64], operations["numbers.query"].Parameters.Select(p => p.Type.Kind));
        Assert.Equal([TypeKind.Int64, TypeKind.Int32, TypeKind.Int64], shape.Types.Single(t => t.Name == "Counter").Properties.Select(p => p.Type.Kind));
    }

    [Fact]
    public void HostileDocumentationTextStaysInsideTheComments()
    {
        var hostile = "Use <b>bold</b> & \"quotes\"\u0001 */ \u2028 then\r\nnext line\n\n</summary> <!-- \uD800 end";
        var description = Api(
            [Operation("things.get", "GET", "/things/{id}", [PathParameter("id") with { Description = hostile }], responses: [Response("200", Ref("Thing"))]) with { Summary = hostile, Description = hostile, Deprecated = true }],
            ("Thing", Object(("id", String() with { Description = hostile })) with { Description = hostile })) with { Title = hostile, Description = hostile };

        Compiles(description);
    }

    private static CSharpClientShape Compiles(ApiDescription description)
    {
        var result = ClientShapeBuilder.Build(description, "endpoints.json", "Contoso.Api", "TestClient");
        Assert.Empty(result.Diagnostics);
        CompileClean(result.Shape);
        return result.Shape;
    }

    private static void CompileClean(CSharpClientShape shape) =>
        EmittedCompilation.AssertClean(EmittedCompilation.Compile(ClientEmitter.Emit(shape).Concat(ClientEmitter.EmitShared(shape.Namespace))));
}
