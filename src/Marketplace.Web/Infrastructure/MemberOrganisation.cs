using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Infrastructure;

// The organisation a management action works for comes from one place: the signed-in member's row, read by
// CurrentMember. An action asks for it as an argument and never sees a request without one, so "no organisation →
// refuse" is written once here instead of in every action. Whether the product, lot or demand asked for belongs to
// that organisation is still the handler's business: each use-case handler scopes its query by the organisation.

/// <summary>What a request from a member without an organisation gets, as each route answered before the guard existed.</summary>
internal enum WithoutOrganisation
{
    /// <summary>403 (the error page for pages): the route is the member's own list or form, nothing to hide.</summary>
    Forbid,

    /// <summary>404: the route names a resource by id, and the answer must not differ from "not yours".</summary>
    NotFound,
}

/// <summary>
/// Binds the signed-in member's organisation id to an <see cref="int"/> action parameter; the request never reaches the
/// action without one (<see cref="MemberOrganisationGuard"/> answers <see cref="Refusal"/>). Nothing the client sends
/// can set it: the binding source reads no request value.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class FromMemberOrganisationAttribute(WithoutOrganisation refusal = WithoutOrganisation.Forbid) : Attribute, IBinderTypeProviderMetadata
{
    /// <summary>Not from the request, so no value provider (form, route, query) is ever asked for it.</summary>
    public static readonly BindingSource Source = new("MemberOrganisation", "Member organisation", isGreedy: true, isFromRequest: false);

    public WithoutOrganisation Refusal { get; } = refusal;

    public BindingSource BindingSource => Source;

    public Type BinderType => typeof(MemberOrganisationBinder);
}

/// <summary>Leaves the parameter unbound when the member has no organisation, for <see cref="MemberOrganisationGuard"/> to refuse.</summary>
internal sealed class MemberOrganisationBinder(CurrentMember member) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        if (await member.OrganisationIdAsync(bindingContext.HttpContext.RequestAborted) is { } organisation)
        {
            bindingContext.Result = ModelBindingResult.Success(organisation);
        }
    }
}

/// <summary>
/// A global MVC filter (WebFrontEndModule), so an action that asks for <see cref="FromMemberOrganisationAttribute"/>
/// cannot forget it: an unbound parameter would otherwise reach the action as 0.
/// </summary>
internal sealed class MemberOrganisationGuard : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (parameter.BindingInfo?.BindingSource == FromMemberOrganisationAttribute.Source && !context.ActionArguments.ContainsKey(parameter.Name))
            {
                var refusal = ((ControllerParameterDescriptor)parameter).ParameterInfo.GetCustomAttribute<FromMemberOrganisationAttribute>()!.Refusal;
                context.Result = refusal == WithoutOrganisation.NotFound ? new NotFoundResult() : new ForbidResult();
                return;
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}

/// <summary>
/// The same for minimal-API handlers, which have no MVC binders: a handler parameter of this type, on an endpoint with
/// <see cref="MemberOrganisationEndpoints.RequireMemberOrganisation"/>, always has an <see cref="Id"/>.
/// </summary>
internal sealed class MemberOrganisation : IBindableFromHttpContext<MemberOrganisation>
{
    private readonly int? id;

    private MemberOrganisation(int? id) => this.id = id;

    /// <summary>Throws rather than answer for nobody; only reachable if the filter was left out.</summary>
    public int Id => id ?? throw new InvalidOperationException("The endpoint reads the member's organisation without RequireMemberOrganisation.");

    public bool Exists => id is not null;

    // Always binds (a null would make the framework answer 400 before the filter could give the endpoint's own refusal).
    public static async ValueTask<MemberOrganisation?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        new(await context.RequestServices.GetRequiredService<CurrentMember>().OrganisationIdAsync(context.RequestAborted));
}

internal static class MemberOrganisationEndpoints
{
    /// <summary>
    /// Answers <paramref name="refusal"/> instead of running the handler when the member has no organisation. A handler
    /// without a <see cref="MemberOrganisation"/> parameter fails when the endpoint is built, not on a request.
    /// </summary>
    public static RouteHandlerBuilder RequireMemberOrganisation(this RouteHandlerBuilder endpoint, Func<HttpContext, IResult> refusal) =>
        endpoint.AddEndpointFilterFactory((factory, next) =>
        {
            var position = Array.FindIndex(factory.MethodInfo.GetParameters(), p => p.ParameterType == typeof(MemberOrganisation));
            if (position < 0)
            {
                throw new InvalidOperationException($"{factory.MethodInfo.Name} requires the member's organisation but takes no {nameof(MemberOrganisation)} parameter.");
            }

            return async context => context.GetArgument<MemberOrganisation>(position).Exists ? await next(context) : refusal(context.HttpContext);
        });
}
