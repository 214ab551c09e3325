"""Given names with a usual gender, for pronoun resolution ("she" after "Najla Mangoush").

A name that is common for both genders is left out; a person whose first name
is not here keeps an unknown gender and any pronoun may refer to them.
"""

from __future__ import annotations

_FEMALE = """
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra
ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon
cynthia kathleen amy angela anna brenda pamela nicole emma helen samantha katherine christine debra rachel
catherine carolyn janet ruth maria heather diane virginia julie joyce victoria kelly christina lauren joan
evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria jean kathryn alice
teresa sara janice doris madison julia grace judy abigail marie denise beverly amber theresa marilyn
danielle diana brittany natalie sophia rose isabella alexis kayla charlotte nancy hillary condoleezza
angela theresa ursula annalena christine kamala nikki najla aisha fatima leila layla mariam maryam zainab
yulia svetlana tatiana olga natalia irina elena ekaterina maria valentina anastasia ludmila lyudmila
giorgia marine segolene elisabeth catherine florence sylvie liz penny julie marise jacinda sanae yoko
indira hasina benazir carrie federica kaja kristalina michelle dilma cristina
claudia delcy mette sanna magdalena beata ewa ilham melania nancy ruth sonia priyanka mamata nirmala
droupadi sushma retno naledi lindiwe graca winnie ellen ngozi amina samia joyce
sahle-work meseret birtukan hanna jill laura michelle tipper yvette priti suella theresa nicola
"""

_MALE = """
james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse
dylan bryan joe andy jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
vincent russell louis philip bobby johnny bradley barack joe mike rex antony lloyd vladimir sergey sergei
dmitry dmitri mikhail boris andrei andrey alexei alexey yevgeny nikolai viktor volodymyr petro dmytro
oleksii oleksandr mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussein omar abdullah khalid
khalifa abdel fattah bashar hafez recep tayyip ahmet mevlut hakan hulusi emmanuel francois nicolas
jacques jean pierre olaf gerhard heiko frank-walter friedrich boris keir rishi david gordon tony
xi jinping li wang yi qin narendra rahul imran nawaz shehbaz asif ashraf hamid abdul kim moon yoon
shinzo fumio yoshihide taro benjamin naftali yair benny yoav isaac reuven shimon ehud ariel mahmoud
yasser ismail yahya khaled hossein ebrahim masoud javad qasem ali akbar abiy salva riek uhuru william
paul yoweri cyril jacob thabo nelson robert emmerson muhammadu bola goodluck olusegun luiz jair michel
javier mauricio alberto andres enrique felipe nicolas hugo juan gustavo ivan justin stephen mark anthony
scott malcolm kevin jens giuseppe mario matteo silvio sergio pedro mariano kyriakos alexis
viktor andrzej mateusz donald aleksandar milorad hashim albin nikol ilham kais abdelmadjid abdelaziz
"""


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


FEMALE = _words(_FEMALE)
MALE = _words(_MALE) - FEMALE  # a name in both lists has no usual gender


def gender_of(given_name: str) -> str | None:
    """'f', 'm' or None for a given name."""
    n = given_name.lower().strip(".")
    if n in FEMALE and n not in _words(_MALE):
        return "f"
    if n in MALE:
        return "m"
    return None
