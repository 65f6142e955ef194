using HookSnippets.Description;
using HookSnippets.Description.Model;
using static HookSnippets.Tests.Shared.Schemas;

namespace HookSnippets.Tests.Shared;

/// <summary>The nine hooks operations as a description model (the facts of auth0-hooks-api.md), built in code.</summary>
internal static class HooksDescription
{
    public static ApiDescription Create()
    {
        var id = PathParameter("id", Str("HOOK_ID"));
        var operations = new[]
        {
            Operation("hooks.list", "GET", "/hooks",
                [
                    QueryParameter("page", Integer(), Num("0")),
                    QueryParameter("per_page", Integer(), Num("50")),
                    QueryParameter("include_totals", Boolean(), Bool(true)),
                    QueryParameter("enabled", Boolean()),
                    QueryParameter("fields", String()),
                    QueryParameter("triggerId", Ref("HookTriggerId")),
                ],
                responses: [Response("200", Ref("ListHooksResponse"))]),
            Operation("hooks.create", "POST", "/hooks",
                body: Body(null, Ref("CreateHookRequest"), Obj(
                    ("name", Str("my-hook")),
                    ("script", Str("module.exports = function(user, context, cb) {\n  cb(null, { user });\n};")),
                    ("triggerId", Str("pre-user-registration")),
                    ("enabled", Bool(false)),
                    ("dependencies", Obj(("auth0", Str("2.30.0")))))),
                responses: [Response("201", Ref("Hook"))]),
            Operation("hooks.get", "GET", "/hooks/{id}", [id, QueryParameter("fields", String())], responses: [Response("200", Ref("Hook"))]),
            Operation("hooks.update", "PATCH", "/hooks/{id}", [id],
                body: Body(null, Ref("UpdateHookRequest"), Obj(("enabled", Bool(true)))),
                responses: [Response("200", Ref("Hook")), Response("201", Ref("Hook"))]),
            Operation("hooks.delete", "DELETE", "/hooks/{id}", [id], responses: [Response("204")]),
            Operation("hooks.secrets.get", "GET", "/hooks/{id}/secrets", [id], responses: [Response("200", Ref("HookSecrets"))]),
            Operation("hooks.secrets.create", "POST", "/hooks/{id}/secrets", [id],
                body: Body("secrets", Ref("HookSecretsRequest"), Obj(("HOOK_SECRET_KEY", Str("HOOK_SECRET_VALUE")))),
                responses: [Response("201")]),
            Operation("hooks.secrets.update", "PATCH", "/hooks/{id}/secrets", [id],
                body: Body("secrets", Ref("HookSecretsRequest"), Obj(("HOOK_SECRET_KEY", Str("HOOK_SECRET_VALUE")))),
                responses: [Response("201")]),
            Operation("hooks.secrets.delete", "DELETE", "/hooks/{id}/secrets", [id],
                body: Body("names", Array(String(), minItems: 1), Arr(Str("HOOK_SECRET_KEY"))),
                responses: [Response("204")]),
        };

        var hook = Object(
            ("id", String()),
            ("name", String()),
            ("script", String()),
            ("triggerId", String()),
            ("enabled", Boolean()),
            ("dependencies", Ref("HookDependencies")));
        var description = Api(
            operations,
            ("Hook", hook with { Description = "A hook: a script run at an extensibility point." }),
            ("HookDependencies", Map(String())),
            ("HookTriggerId", Enum("credentials-exchange", "pre-user-registration", "post-user-registration", "post-change-password", "send-phone-message")),
            ("CreateHookRequest", Object(
                ("name", String()),
                ("script", String()),
                ("triggerId", Ref("HookTriggerId")),
                ("enabled", Boolean()),
                ("dependencies", Ref("HookDependencies"))).Required("name", "script", "triggerId")),
            ("UpdateHookRequest", Object(
                ("name", String()),
                ("script", String()),
                ("enabled", Boolean()),
                ("dependencies", Ref("HookDependencies"))) with { MinProperties = 1 }),
            ("HookSecrets", Map(String())),
            ("HookSecretsRequest", Map(String(), min: 1, max: 20)),
            ("HookPage", Object(("start", Integer()), ("limit", Integer()), ("total", Integer()), ("hooks", Array(Ref("Hook"))))),
            ("ListHooksResponse", OneOf(Array(Ref("Hook")), Ref("HookPage"))));
        return description with
        {
            Name = "auth0-management",
            Title = "Auth0 Management API",
            BaseUrl = "https://{domain}/api/v2",
            Variables = new[] { new ServerVariable("domain", "YOUR_DOMAIN", "Your Auth0 tenant domain.", null, NextSpan()) }.ToEquatableArray(),
            AuthSchemes = new[] { new AuthScheme(AuthScheme.SingleName, AuthType.Bearer, "MGMT_API_ACCESS_TOKEN", null, null, ApiKeyLocation.Header, null, EquatableArray<OAuthScope>.Empty, "A Management API access token.", NextSpan()) }.ToEquatableArray(),
            Security = new[] { new SecurityRequirement(new[] { AuthScheme.SingleName }.ToEquatableArray(), NextSpan()) }.ToEquatableArray(),
        };
    }
}
