using System.Collections.Generic;
using HookSnippets.Description;

namespace HookSnippets.ClientShape;

// What each step of ClientShapeBuilder.Build hands to the next. Every step takes what the one before returned, so the
// order the steps depend on is written in their signatures:
//   TypeResolver.Declare         description → TypeResolver (named types declared: their C# names are taken first)
//   GroupBuilder.Build           TypeResolver → ShapedGroups (methods; inline types get names where they are met)
//   TypeResolver.Complete        ShapedGroups → CompletedTypes (declared types no method reached built too)
//   ResponseTypes.WithLenient... CompletedTypes → CompletedTypes (records a response carries lose `required`)
//   TypeUsages.Reached           CompletedTypes → ReachedTypes (types no method sends or receives left out)
//   StructuralDuplicates.Merge   ReachedTypes → MergedTypes (identical types under other names merged)
//   TypeUsages.Mark              MergedTypes → the types, each with the JSON code the client calls for it

/// <summary>The group tree, and the resolver holding the inline types its methods met.</summary>
internal sealed record ShapedGroups(EquatableArray<GroupShape> Groups, TypeResolver Types);

/// <summary>
/// Every type the description gives the client, declared ones in declaration order then inline ones in the order met;
/// <see cref="ListPages"/> maps each list result to the named page type its union names (<c>HookListResponse</c> →
/// <c>HookList</c>): the page's members are folded into the list result, and the page stays a type of the client.
/// </summary>
internal sealed record CompletedTypes(List<TypeShape> Types, EquatableArray<GroupShape> Groups, IReadOnlyDictionary<string, string> ListPages);

/// <summary>The types some method sends or receives, directly or through another type.</summary>
internal sealed record ReachedTypes(List<TypeShape> Types, EquatableArray<GroupShape> Groups);

/// <summary>The reached types with structural duplicates merged, and the groups referring to what they merged into.</summary>
internal sealed record MergedTypes(List<TypeShape> Types, EquatableArray<GroupShape> Groups);
