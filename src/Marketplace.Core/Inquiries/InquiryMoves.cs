using Marketplace.Data;
using Marketplace.Inquiries.Notify;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Inquiries;

/// <summary>How a move on a thread ended.</summary>
public enum MoveOutcome
{
    Done = 1,

    /// <summary>Not a thread of the organisation: the caller answers 404.</summary>
    NotFound = 2,

    /// <summary>The state machine does not allow it from where the thread now stands.</summary>
    NotAllowed = 3,

    /// <summary>What was sent with it is wrong (an empty message, an expired quotation); see the message key.</summary>
    Invalid = 4,
}

public sealed record MoveResult(MoveOutcome Outcome, InquiryState? State = null, string? MessageKey = null, string? Field = null)
{
    public bool Succeeded => Outcome == MoveOutcome.Done;
}

/// <summary>
/// The one way a thread changes: the state machine decides, the change and who made it are recorded as an
/// <see cref="InquiryEvent"/>, and the other party is told. Both parties may act at the same moment: the inquiry's
/// version column makes the second save fail, and the move is tried again against what the first one left, so no
/// message is lost and no move is made from a state that is no longer there. A refused move rolls back, version included.
/// </summary>
public sealed class InquiryMoves(MarketplaceDbContext db, InquiryNotifier notifier, TimeProvider clock)
{
    private const int Attempts = 8;

    /// <summary>Checks what came with a move on the freshly loaded thread and makes its extra changes; returns a refusal or null.</summary>
    public delegate Task<MoveResult?> Change(Inquiry inquiry, InquiryEvent recorded, DateTime now, CancellationToken cancellationToken);

    public Task<MoveResult> ApplyAsync(int organisationId, string? userId, int inquiryId, InquiryAction action, string? text, CancellationToken cancellationToken, Change? change = null) =>
        ApplyAsync(db.ThreadOf(organisationId, inquiryId), organisationId, userId, action, text, change, cancellationToken);

    /// <summary>The site's own moves (expiry), on any thread.</summary>
    public Task<MoveResult> ApplyAsSiteAsync(int inquiryId, InquiryAction action, string? text, CancellationToken cancellationToken) =>
        ApplyAsync(db.Inquiries().Where(i => i.Id == inquiryId), null, null, action, text, null, cancellationToken);

    private async Task<MoveResult> ApplyAsync(IQueryable<Inquiry> thread, int? organisationId, string? userId, InquiryAction action, string? text, Change? change, CancellationToken cancellationToken)
    {
        // Every move's words (a message, a reason, a note with an acceptance) have the same limit, checked here once.
        if (TextNormalizer.CleanOrNull(text) is { Length: > InquiryForm.MaxMessageLength })
        {
            return new MoveResult(MoveOutcome.Invalid, MessageKey: "Inquiries.Validation.MessageTooLong", Field: "Text");
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Raising the version first takes the row's write lock (PostgreSQL) or the database's (SQLite) for this
            // transaction: the other party's move waits here instead of failing, and reads what this one leaves.
            if (await thread.ExecuteUpdateAsync(s => s.SetProperty(i => i.Version, i => i.Version + 1), cancellationToken) == 0)
            {
                return new MoveResult(MoveOutcome.NotFound);
            }

            var inquiry = await thread.SingleAsync(cancellationToken);
            var party = organisationId is { } organisation ? inquiry.PartyOf(organisation) : InquiryParty.System;
            if (InquiryStateMachine.Next(inquiry.State, action, party) is not { } next)
            {
                return new MoveResult(MoveOutcome.NotAllowed, inquiry.State, "Inquiries.Move.NotAllowed");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var recorded = new InquiryEvent
            {
                InquiryId = inquiry.Id,
                Action = action,
                Party = party,
                ByUserId = userId,
                AtUtc = now,
                FromState = inquiry.State,
                ToState = next,
                Text = TextNormalizer.CleanOrNull(text),
            };
            if (change is not null && await change(inquiry, recorded, now, cancellationToken) is { } refused)
            {
                return refused;
            }

            Record(inquiry, recorded, party, now);
            var newQuotation = inquiry.Quotations.FirstOrDefault(q => q.Id == 0);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (newQuotation is not null)
                {
                    // The event names the quotation it sent, whose id exists only now; same transaction.
                    recorded.QuotationId = newQuotation.Id;
                    await db.SaveChangesAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // The other party moved first: try again from what they left.
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await notifier.NotifyAsync(inquiry, recorded, newThread: false, cancellationToken);
            return new MoveResult(MoveOutcome.Done, next);
        }
    }

    private static void Record(Inquiry inquiry, InquiryEvent recorded, InquiryParty party, DateTime now)
    {
        inquiry.Events.Add(recorded);
        inquiry.State = recorded.ToState;
        inquiry.UpdatedAtUtc = now;
        if (InquiryStateMachine.IsAnswer(recorded.Action, party))
        {
            inquiry.FirstAnsweredAtUtc ??= now;
        }

        // Acting on a thread means having read it.
        if (party == InquiryParty.Buyer)
        {
            inquiry.BuyerReadAtUtc = now;
        }
        else if (party == InquiryParty.Cooperative)
        {
            inquiry.CooperativeReadAtUtc = now;
        }
    }
}
