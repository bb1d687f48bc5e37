"""The preview links in the page's history (Wagtail's log entries): who created a link, for
whom and until when; when it was opened (once an hour at most, see models.py); who revoked
it. The entries name the link by its recipient, never by its secret."""

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter, log

CREATED = "preview_links.created"
OPENED = "preview_links.opened"
REVOKED = "preview_links.revoked"


def _day_and_time(value):
    moment = parse_datetime(value) if value else None
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT") if moment else ""


def _recipient(data):
    return data.get("label") or _("destinataire non précisé")


class CreatedFormatter(LogFormatter):
    label = gettext_lazy("Lien de prévisualisation créé")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Lien de prévisualisation créé pour « %(recipient)s », valable jusqu’au %(until)s") % {
            "recipient": _recipient(data),
            "until": _day_and_time(data.get("expires_at")),
        }


class OpenedFormatter(LogFormatter):
    label = gettext_lazy("Lien de prévisualisation ouvert")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Lien de prévisualisation ouvert (lien pour « %(recipient)s », créé par %(author)s)") % {
            "recipient": _recipient(data),
            "author": data.get("created_by") or _("un compte supprimé"),
        }


class RevokedFormatter(LogFormatter):
    label = gettext_lazy("Lien de prévisualisation révoqué")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Lien de prévisualisation pour « %(recipient)s » révoqué") % {"recipient": _recipient(data)}


def register(actions):
    actions.register_action(CREATED)(CreatedFormatter)
    actions.register_action(OPENED)(OpenedFormatter)
    actions.register_action(REVOKED)(RevokedFormatter)


def _author(user):
    return (user.get_full_name().strip() or user.get_username()) if user is not None else ""


def _data(link):
    return {
        "link": link.pk,
        "label": link.label,
        "expires_at": link.expires_at.isoformat(),
        "created_by": _author(link.created_by),
        "revision": link.revision_id,
    }


def created(link):
    log(instance=link.page.specific, action=CREATED, user=link.created_by, revision=link.revision, data=_data(link))


def opened(link, revision):
    """A visitor without an account opened the link: no user, the revision they saw."""
    log(instance=link.page.specific, action=OPENED, user=None, revision=revision, data=_data(link))


def revoked(link, user):
    log(instance=link.page.specific, action=REVOKED, user=user, data=_data(link))
