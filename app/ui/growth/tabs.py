"""The tabs of the growth window, in order, and which tab holds which form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.ui.growth.tab import GrowthTab

translate = QCoreApplication.translate

# form name (the last part of a lock key) -> the tab that holds it
FORM_TABS = {
    "profile": "profile",
    "case": "profile",
    "level": "flags",
    "plan": "plan",
    "contact": "contacts",
    "visit": "visits",
    "referral": "referrals",
    "feedback": "referrals",
    "leave": "leave",
    "crisis": "crisis",
}


def tab_specs() -> dict[str, tuple[Callable[[], str], type[GrowthTab]]]:
    from app.ui.growth.contacts_tab import ContactsTab
    from app.ui.growth.crisis_tab import CrisisTab
    from app.ui.growth.flags_tab import FlagsTab
    from app.ui.growth.leave_tab import LeaveTab
    from app.ui.growth.plan_tab import PlanTab
    from app.ui.growth.profile_tab import ProfileTab
    from app.ui.growth.referrals_tab import ReferralsTab
    from app.ui.growth.screenings_tab import ScreeningsTab
    from app.ui.growth.visits_tab import VisitsTab

    return {
        "profile": (lambda: translate("GrowthTabs", "Profile"), ProfileTab),
        "flags": (lambda: translate("GrowthTabs", "Warning flags"), FlagsTab),
        "plan": (lambda: translate("GrowthTabs", "Plan"), PlanTab),
        "contacts": (lambda: translate("GrowthTabs", "Records"), ContactsTab),
        "visits": (lambda: translate("GrowthTabs", "Home visits"), VisitsTab),
        "referrals": (lambda: translate("GrowthTabs", "Referrals"), ReferralsTab),
        "leave": (lambda: translate("GrowthTabs", "Leave and return"), LeaveTab),
        "crisis": (lambda: translate("GrowthTabs", "Crisis"), CrisisTab),
        "screenings": (lambda: translate("GrowthTabs", "Screenings"), ScreeningsTab),
    }
