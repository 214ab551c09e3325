"""Office holders outside the G20: countries in conflict since 2010, IGOs, armed groups.

Same row format as ``newsgraph.kb.people`` (which parses both tables):
``Name; alias; ... | gender | CTRY SECTOR START..END title / ...``, dates
inclusive, ``..`` open-ended, ``IGO:UN`` for an organisation's post.
"""

ROWS = """
Michel Barnier|m|IGO:EU GOV 2016-10-01..2021-03-31 chief Brexit negotiator / FRA GOV 2024-09-05..2024-12-13 prime minister
Ursula von der Leyen;von der Leyen|f|DEU GOV 2013-12-17..2019-07-17 defence minister / IGO:EU GOV 2019-12-01.. European Commission president
Mario Draghi|m|IGO:ECB BUS 2011-11-01..2019-10-31 European Central Bank president / ITA GOV 2021-02-13..2022-10-22 prime minister
Kim Jong Il;Kim Jong-il|m|PRK GOV 1994-07-08..2011-12-17 leader
Kim Jong Un;Kim Jong-un|m|PRK GOV 2011-12-17.. leader
Jean-Claude Juncker|m|IGO:EU GOV 2014-11-01..2019-11-30 European Commission president
Donald Tusk|m|POL GOV 2007-11-16..2014-09-22 prime minister / IGO:EU GOV 2014-12-01..2019-11-30 European Council president / POL GOV 2023-12-13.. prime minister
Charles Michel|m|BEL GOV 2014-10-11..2019-10-27 prime minister / IGO:EU GOV 2019-12-01..2024-11-30 European Council president
Antonio Costa|m|PRT GOV 2015-11-26..2024-04-02 prime minister / IGO:EU GOV 2024-12-01.. European Council president
Catherine Ashton|f|IGO:EU GOV 2009-12-01..2014-10-31 foreign policy chief
Federica Mogherini|f|ITA GOV 2014-02-22..2014-10-31 foreign minister / IGO:EU GOV 2014-11-01..2019-11-30 foreign policy chief
Josep Borrell|m|IGO:EU GOV 2019-12-01..2024-11-30 foreign policy chief
Kaja Kallas|f|EST GOV 2021-01-26..2024-07-23 prime minister / IGO:EU GOV 2024-12-01.. foreign policy chief
Kofi Annan|m|IGO:UN GOV 1997-01-01..2006-12-31 UN Secretary-General / IGO:UN GOV 2012-02-23..2012-08-31 UN envoy to Syria
Ban Ki-moon|m|IGO:UN GOV 2007-01-01..2016-12-31 UN Secretary-General
Antonio Guterres;Guterres|m|IGO:UN GOV 2017-01-01.. UN Secretary-General
Lakhdar Brahimi|m|IGO:UN GOV 2012-08-17..2014-05-31 UN envoy to Syria
Staffan de Mistura|m|IGO:UN GOV 2014-07-10..2018-12-31 UN envoy to Syria
Geir Pedersen|m|IGO:UN GOV 2019-01-07.. UN envoy to Syria
Martin Griffiths|m|IGO:UN GOV 2018-03-11..2021-06-30 UN envoy to Yemen / IGO:UN GOV 2021-07-19..2024-06-30 UN humanitarian chief
Hans Grundberg|m|IGO:UN GOV 2021-09-05.. UN envoy to Yemen
Bernardino Leon|m|IGO:UN GOV 2014-09-01..2015-11-04 UN envoy to Libya
Martin Kobler|m|IGO:UN GOV 2015-11-04..2017-06-22 UN envoy to Libya
Ghassan Salame|m|IGO:UN GOV 2017-06-22..2020-03-02 UN envoy to Libya
Stephanie Williams|f|IGO:UN GOV 2020-03-02..2021-01-31 acting UN envoy to Libya
Jan Kubis;Jan Kubiš|m|SVK GOV 2006-07-04..2009-01-26 foreign minister / IGO:UN GOV 2011-12-01..2015-02-28 UN envoy to Afghanistan / IGO:UN GOV 2015-02-01..2018-12-31 UN envoy to Iraq / IGO:UN GOV 2019-01-01..2020-12-31 UN coordinator for Lebanon / IGO:UN GOV 2021-01-18..2021-12-10 UN Special Envoy to Libya
Abdoulaye Bathily|m|IGO:UN GOV 2022-09-25..2024-05-31 UN envoy to Libya
Anders Fogh Rasmussen|m|IGO:NATO GOV 2009-08-01..2014-09-30 NATO Secretary General
Jens Stoltenberg;Stoltenberg|m|NOR GOV 2005-10-17..2013-10-16 prime minister / IGO:NATO GOV 2014-10-01..2024-10-01 NATO Secretary General
Mark Rutte|m|NLD GOV 2010-10-14..2024-07-02 prime minister / IGO:NATO GOV 2024-10-01.. NATO Secretary General
Rafael Grossi|m|IGO:UN GOV 2019-12-03.. IAEA director general
Yukiya Amano|m|IGO:UN GOV 2009-12-01..2019-07-18 IAEA director general
Tedros Adhanom Ghebreyesus;Tedros|m|ETH GOV 2012-11-29..2016-11-01 foreign minister / IGO:UN MED 2017-07-01.. WHO director general
Moussa Faki Mahamat;Moussa Faki|m|TCD GOV 2008-04-23..2017-01-30 foreign minister / IGO:AU GOV 2017-03-14..2025-02-15 African Union Commission chairperson
Mahmoud Ali Youssouf|m|DJI GOV 2005-05-22..2025-02-15 foreign minister / IGO:AU GOV 2025-02-15.. African Union Commission chairperson
Amr Moussa|m|EGY GOV 1991-05-20..2001-05-15 foreign minister / IGO:ARL GOV 2001-06-01..2011-06-30 Arab League Secretary-General
Nabil Elaraby|m|IGO:ARL GOV 2011-07-01..2016-06-30 Arab League Secretary-General
Ahmed Aboul Gheit|m|EGY GOV 2004-07-14..2011-03-06 foreign minister / IGO:ARL GOV 2016-07-01.. Arab League Secretary-General
Christine Lagarde|f|FRA GOV 2007-06-19..2011-06-29 finance minister / IGO:IMF BUS 2011-07-05..2019-09-12 IMF managing director / IGO:ECB BUS 2019-11-01.. European Central Bank president
Kristalina Georgieva|f|IGO:IMF BUS 2019-10-01.. IMF managing director
Muammar Gaddafi;Moammar Gaddafi;Muammar Qaddafi;Moammar Qaddafi;Muammar Gadhafi;Moammar Gadhafi;Muammar al-Gaddafi;Colonel Gaddafi;Gaddafi;Qaddafi;Gadhafi;Kadhafi;Qadhafi|m|LBY GOV 1969-09-01..2011-10-20 head of state
Saif al-Islam Gaddafi;Saif al-Islam|m|LBY ELI 1972-06-25.. son of Muammar Gaddafi
Mustafa Abdul Jalil|m|LBY GOV 2011-03-05..2012-08-08 National Transitional Council chairman
Ali Zeidan|m|LBY GOV 2012-11-14..2014-03-11 prime minister
Abdullah al-Thani|m|LBY GOV 2014-03-11..2021-03-15 prime minister
Fayez al-Sarraj;Fayez Serraj;Fayez al-Serraj;Sarraj|m|LBY GOV 2015-12-17..2021-03-15 prime minister
Abdul Hamid Dbeibah;Abdulhamid Dbeibah;Abdul Hamid Dbeibeh;Dbeibah|m|LBY GOV 2021-03-15.. prime minister
Mohamed al-Menfi;Mohammed al-Menfi;Menfi|m|LBY GOV 2021-03-15.. Presidential Council chairman
Najla Mangoush;Najla el-Mangoush;Najla al-Mangoush;Mangoush|f|LBY GOV 2021-03-15..2023-08-27 foreign minister
Khalifa Hifter;Khalifa Haftar;Khalifa Hiftar;Hifter;Haftar;Field Marshal Haftar|m|LBY MIL 2014-05-16.. commander of the Libyan National Army
Aguila Saleh;Aguila Saleh Issa|m|LBY LEG 2014-08-05.. speaker of the House of Representatives
Fathi Bashagha|m|LBY GOV 2018-10-07..2021-03-15 interior minister / LBY GOV 2022-03-01..2023-05-16 prime minister
Hafez al-Assad|m|SYR GOV 1971-03-14..2000-06-10 president
Bashar al-Assad;Bashar Assad;Assad;al-Assad|m|SYR GOV 2000-07-17..2024-12-08 president
Walid al-Muallem;Walid Muallem;Walid al-Moualem|m|SYR GOV 2006-02-11..2020-11-16 foreign minister
Faisal Mekdad;Faisal al-Mekdad|m|SYR GOV 2020-11-22..2024-12-08 foreign minister
Wael al-Halqi|m|SYR GOV 2012-08-09..2016-06-22 prime minister
Imad Khamis|m|SYR GOV 2016-06-22..2020-06-11 prime minister
Hussein Arnous|m|SYR GOV 2020-08-30..2024-09-14 prime minister
Ahmed al-Sharaa;Abu Mohammed al-Jolani;Abu Mohammad al-Julani;al-Jolani;Jolani;Julani;al-Sharaa;Sharaa|m|SYR REB 2012-01-23..2024-12-07 Hayat Tahrir al-Sham leader / SYR GOV 2024-12-08.. president
Asaad al-Shaibani;Asaad Hassan al-Shaibani;al-Shaibani|m|SYR GOV 2024-12-21.. foreign minister
Murhaf Abu Qasra|m|SYR GOV 2024-12-21.. defence minister
Mazloum Abdi;Mazloum Kobani|m|SYR REB 2015-10-10.. Syrian Democratic Forces commander
Ali Abdullah Saleh|m|YEM GOV 1978-07-17..2012-02-27 president
Abd Rabbuh Mansur Hadi;Abdrabbuh Mansour Hadi;Abed Rabbo Mansour Hadi;Hadi|m|YEM GOV 2012-02-25..2022-04-07 president
Rashad al-Alimi|m|YEM GOV 2022-04-07.. Presidential Leadership Council chairman
Abdul-Malik al-Houthi;Abdul Malik al-Houthi|m|YEM REB 2004-09-10.. Houthi leader
Mahdi al-Mashat|m|YEM REB 2018-04-25.. Houthi Supreme Political Council president
Maeen Abdulmalik|m|YEM GOV 2018-10-15..2024-02-05 prime minister
Ahmed Awad bin Mubarak|m|YEM GOV 2020-12-18..2024-02-05 foreign minister / YEM GOV 2024-02-05..2025-05-03 prime minister
Saddam Hussein;Saddam|m|IRQ GOV 1979-07-16..2003-04-09 president
Nouri al-Maliki;Nuri al-Maliki;Maliki|m|IRQ GOV 2006-05-20..2014-09-08 prime minister
Haider al-Abadi|m|IRQ GOV 2014-09-08..2018-10-25 prime minister
Adel Abdul Mahdi;Adil Abdul-Mahdi;Adel Abdul-Mahdi;Abdul-Mahdi|m|IRQ GOV 2018-10-25..2020-05-07 prime minister
Mustafa al-Kadhimi|m|IRQ SPY 2016-06-07..2020-05-06 intelligence chief / IRQ GOV 2020-05-07..2022-10-27 prime minister
Mohammed Shia al-Sudani|m|IRQ GOV 2022-10-27.. prime minister
Jalal Talabani|m|IRQ GOV 2005-04-07..2014-07-24 president
Fuad Masum|m|IRQ GOV 2014-07-24..2018-10-02 president
Barham Salih|m|IRQ GOV 2018-10-02..2022-10-17 president
Abdul Latif Rashid|m|IRQ GOV 2022-10-17.. president
Hoshyar Zebari|m|IRQ GOV 2003-09-03..2014-07-11 foreign minister
Ibrahim al-Jaafari|m|IRQ GOV 2014-09-08..2018-10-25 foreign minister
Fuad Hussein|m|IRQ GOV 2020-06-06.. foreign minister
Muqtada al-Sadr;Moqtada al-Sadr|m|IRQ REL 2003-04-09.. Shiite cleric
Abu Bakr al-Baghdadi;Baghdadi|m|IMG REB 2010-05-16..2019-10-27 Islamic State leader
Osama bin Laden;Usama bin Laden;bin Laden|m|IMG REB 1988-08-11..2011-05-02 al-Qaeda leader
Ayman al-Zawahiri;Zawahiri|m|IMG REB 2011-06-16..2022-07-31 al-Qaeda leader
Hamid Karzai;Karzai|m|AFG GOV 2001-12-22..2014-09-29 president
Ashraf Ghani;Ashraf Ghani Ahmadzai|m|AFG GOV 2014-09-29..2021-08-15 president
Abdullah Abdullah|m|AFG GOV 2001-12-22..2006-03-20 foreign minister / AFG GOV 2014-09-29..2020-03-09 chief executive / AFG GOV 2020-05-17..2021-08-15 High Council for National Reconciliation chairman
Mullah Mohammad Omar;Mullah Omar|m|AFG GOV 1996-09-27..2001-11-13 Taliban leader / AFG REB 2001-11-14..2013-04-23 Taliban leader
Hibatullah Akhundzada;Haibatullah Akhundzada|m|AFG REB 2016-05-25..2021-08-14 Taliban leader / AFG GOV 2021-08-15.. supreme leader
Abdul Ghani Baradar;Mullah Baradar|m|AFG REB 2019-01-24..2021-08-14 Taliban deputy leader / AFG GOV 2021-09-07.. deputy prime minister
Mohammad Hassan Akhund|m|AFG GOV 2021-09-07.. prime minister
Amir Khan Muttaqi|m|AFG GOV 2021-09-07.. foreign minister
Sirajuddin Haqqani|m|AFG REB 2015-07-30..2021-08-14 Taliban deputy leader / AFG GOV 2021-09-07.. interior minister
Zabihullah Mujahid|m|AFG REB 2007-01-01..2021-08-14 Taliban spokesman / AFG GOV 2021-08-15.. spokesman
Viktor Yanukovych|m|UKR GOV 2010-02-25..2014-02-22 president
Arseniy Yatsenyuk|m|UKR GOV 2014-02-27..2016-04-14 prime minister
Petro Poroshenko;Poroshenko|m|UKR GOV 2014-06-07..2019-05-20 president
Volodymyr Groysman|m|UKR GOV 2016-04-14..2019-08-29 prime minister
Volodymyr Zelensky;Volodymyr Zelenskiy;Volodymyr Zelenskyy;Zelensky;Zelenskiy;Zelenskyy|m|UKR GOV 2019-05-20.. president
Denys Shmyhal|m|UKR GOV 2020-03-04..2025-07-16 prime minister / UKR GOV 2025-07-17.. defence minister
Yulia Svyrydenko|f|UKR GOV 2025-07-17.. prime minister
Pavlo Klimkin|m|UKR GOV 2014-06-19..2019-08-29 foreign minister
Vadym Prystaiko|m|UKR GOV 2019-08-29..2020-03-04 foreign minister
Dmytro Kuleba|m|UKR GOV 2020-03-04..2024-09-05 foreign minister
Andrii Sybiha;Andriy Sybiha|m|UKR GOV 2024-09-05.. foreign minister
Andriy Taran|m|UKR GOV 2020-03-04..2021-11-03 defence minister
Oleksii Reznikov;Oleksiy Reznikov|m|UKR GOV 2021-11-04..2023-09-06 defence minister
Rustem Umerov|m|UKR GOV 2023-09-06..2025-07-17 defence minister
Valerii Zaluzhnyi;Valery Zaluzhny|m|UKR MIL 2021-07-27..2024-02-08 commander-in-chief
Oleksandr Syrskyi;Oleksandr Syrsky|m|UKR MIL 2024-02-08.. commander-in-chief
Ariel Sharon|m|ISR GOV 2001-03-07..2006-04-14 prime minister
Ehud Olmert|m|ISR GOV 2006-04-14..2009-03-31 prime minister
Ehud Barak|m|ISR GOV 1999-07-06..2001-03-07 prime minister / ISR GOV 2007-06-18..2013-03-18 defence minister
Benjamin Netanyahu;Netanyahu;Bibi Netanyahu|m|ISR GOV 1996-06-18..1999-07-06 prime minister / ISR GOV 2009-03-31..2021-06-13 prime minister / ISR OPP 2021-06-14..2022-12-28 opposition leader / ISR GOV 2022-12-29.. prime minister
Naftali Bennett|m|ISR GOV 2021-06-13..2022-06-30 prime minister
Yair Lapid|m|ISR GOV 2021-06-13..2022-06-30 foreign minister / ISR GOV 2022-07-01..2022-12-29 prime minister / ISR OPP 2023-01-01.. opposition leader
Benny Gantz|m|ISR MIL 2011-02-14..2015-02-16 chief of staff / ISR GOV 2020-05-17..2022-12-29 defence minister
Yoav Gallant|m|ISR GOV 2022-12-29..2024-11-05 defence minister
Israel Katz|m|ISR GOV 2019-02-17..2020-05-17 foreign minister / ISR GOV 2024-01-01..2024-11-07 foreign minister / ISR GOV 2024-11-07.. defence minister
Eli Cohen|m|ISR GOV 2022-12-29..2023-12-31 foreign minister
Gideon Saar;Gideon Sa'ar|m|ISR GOV 2024-11-07.. foreign minister
Avigdor Lieberman;Avigdor Liberman|m|ISR GOV 2009-03-31..2012-12-18 foreign minister / ISR GOV 2013-11-11..2015-05-14 foreign minister / ISR GOV 2016-05-30..2018-11-14 defence minister
Moshe Yaalon;Moshe Ya'alon|m|ISR GOV 2013-03-18..2016-05-20 defence minister
Gabi Ashkenazi|m|ISR GOV 2020-05-17..2021-06-13 foreign minister
Shimon Peres|m|ISR GOV 2007-07-15..2014-07-24 president
Reuven Rivlin|m|ISR GOV 2014-07-24..2021-07-07 president
Isaac Herzog|m|ISR GOV 2021-07-07.. president
Yasser Arafat;Arafat|m|PSE GOV 1969-02-04..2004-11-11 Palestinian leader
Mahmoud Abbas;Abu Mazen|m|PSE GOV 2003-03-19..2003-10-07 prime minister / PSE GOV 2005-01-15.. president
Rami Hamdallah|m|PSE GOV 2013-06-06..2019-04-14 prime minister
Mohammad Shtayyeh|m|PSE GOV 2019-04-14..2024-03-31 prime minister
Mohammad Mustafa|m|PSE GOV 2024-03-31.. prime minister
Riyad al-Maliki|m|PSE GOV 2007-05-18..2024-03-31 foreign minister
Ismail Haniyeh;Haniyeh|m|PSE GOV 2006-03-29..2007-06-14 prime minister / PSE REB 2007-06-15..2024-07-31 Hamas leader
Yahya Sinwar;Sinwar|m|PSE REB 2017-02-13..2024-10-16 Hamas leader
Khaled Meshaal;Khaled Mashal|m|PSE REB 1996-01-01..2017-05-06 Hamas political bureau chief
Ruhollah Khomeini;Ayatollah Khomeini|m|IRN GOV 1979-12-03..1989-06-03 supreme leader
Ali Khamenei;Ayatollah Ali Khamenei;Ayatollah Khamenei;Khamenei|m|IRN GOV 1981-10-13..1989-08-03 president / IRN GOV 1989-06-04.. supreme leader
Mahmoud Ahmadinejad;Ahmadinejad|m|IRN GOV 2005-08-03..2013-08-03 president
Hassan Rouhani;Rouhani|m|IRN GOV 2013-08-03..2021-08-03 president
Ebrahim Raisi;Raisi|m|IRN JUD 2019-03-07..2021-07-01 judiciary chief / IRN GOV 2021-08-03..2024-05-19 president
Masoud Pezeshkian;Pezeshkian|m|IRN GOV 2024-07-28.. president
Ali Akbar Salehi|m|IRN GOV 2011-01-13..2013-08-15 foreign minister
Mohammad Javad Zarif;Javad Zarif;Zarif|m|IRN GOV 2013-08-15..2021-08-25 foreign minister
Hossein Amir-Abdollahian;Amir-Abdollahian|m|IRN GOV 2021-08-25..2024-05-19 foreign minister
Abbas Araghchi;Araghchi|m|IRN GOV 2024-08-21.. foreign minister
Qasem Soleimani;Qassem Soleimani;Soleimani|m|IRN MIL 1998-01-01..2020-01-03 Quds Force commander
Hosni Mubarak;Mubarak|m|EGY GOV 1981-10-14..2011-02-11 president
Mohamed Morsi;Mohammed Morsi;Morsi|m|EGY GOV 2012-06-30..2013-07-03 president
Adly Mansour|m|EGY GOV 2013-07-04..2014-06-08 interim president
Abdel Fattah el-Sisi;Abdel Fattah al-Sisi;Sisi;el-Sisi|m|EGY GOV 2012-08-12..2014-03-26 defence minister / EGY GOV 2014-06-08.. president
Sameh Shoukry|m|EGY GOV 2014-06-17..2024-07-03 foreign minister
Badr Abdelatty|m|EGY GOV 2024-07-03.. foreign minister
Omar al-Bashir;Omar Hassan al-Bashir|m|SDN GOV 1989-06-30..2019-04-11 president
Abdel Fattah al-Burhan;Burhan|m|SDN GOV 2019-04-12.. Sovereign Council chairman
Mohamed Hamdan Dagalo;Hemedti;Hemeti|m|SDN MIL 2013-08-01..2023-04-14 Rapid Support Forces commander / SDN REB 2023-04-15.. Rapid Support Forces commander
Abdalla Hamdok|m|SDN GOV 2019-08-21..2022-01-02 prime minister
Salva Kiir;Salva Kiir Mayardit|m|SSD GOV 2011-07-09.. president
Riek Machar|m|SSD GOV 2011-07-09..2013-07-23 vice president / SSD REB 2013-12-16..2020-02-21 SPLM-IO leader / SSD GOV 2020-02-22.. first vice president
Hassan Sheikh Mohamud|m|SOM GOV 2012-09-16..2017-02-16 president / SOM GOV 2022-05-23.. president
Mohamed Abdullahi Farmajo;Farmajo;Mohamed Abdullahi Mohamed|m|SOM GOV 2017-02-16..2022-05-23 president
Meles Zenawi|m|ETH GOV 1991-05-28..2012-08-20 prime minister
Hailemariam Desalegn|m|ETH GOV 2012-08-21..2018-04-02 prime minister
Abiy Ahmed;Abiy|m|ETH GOV 2018-04-02.. prime minister
Olusegun Obasanjo;Obasanjo|m|NGA GOV 1976-02-13..1979-10-01 head of state / NGA GOV 1999-05-29..2007-05-29 president
Goodluck Jonathan|m|NGA GOV 2010-05-06..2015-05-29 president
Muhammadu Buhari;Buhari|m|NGA GOV 1983-12-31..1985-08-27 head of state / NGA GOV 2015-05-29..2023-05-29 president
Bola Tinubu;Bola Ahmed Tinubu;Tinubu|m|NGA GOV 2023-05-29.. president
Abubakar Shekau;Shekau|m|NGA REB 2009-07-30..2021-05-19 Boko Haram leader
Assimi Goita|m|MLI GOV 2020-09-25..2021-05-23 vice president / MLI GOV 2021-05-24.. interim president
Min Aung Hlaing|m|MMR MIL 2011-03-30..2021-01-31 commander-in-chief / MMR GOV 2021-02-01.. junta leader
Aung San Suu Kyi;Suu Kyi|f|MMR OPP 1988-09-27..2016-03-29 opposition leader / MMR GOV 2016-03-30..2021-02-01 state counsellor
Nikol Pashinyan|m|ARM GOV 2018-05-08.. prime minister
Ararat Mirzoyan|m|ARM GOV 2021-08-19.. foreign minister
Ilham Aliyev|m|AZE GOV 2003-10-31.. president
Jeyhun Bayramov|m|AZE GOV 2020-07-16.. foreign minister
Elias Hrawi|m|LBN GOV 1989-11-24..1998-11-24 president
Michel Aoun|m|LBN MIL 1984-06-23..1990-10-13 army commander / LBN GOV 2016-10-31..2022-10-30 president
Joseph Aoun|m|LBN MIL 2017-03-08..2025-01-08 army commander / LBN GOV 2025-01-09.. president
Saad Hariri|m|LBN GOV 2009-11-09..2011-06-13 prime minister / LBN GOV 2016-12-18..2020-01-21 prime minister
Najib Mikati|m|LBN GOV 2011-06-13..2014-02-15 prime minister / LBN GOV 2021-09-10..2025-02-08 prime minister
Nawaf Salam|m|LBN GOV 2025-02-08.. prime minister
Hassan Nasrallah;Nasrallah|m|LBN REB 1992-02-16..2024-09-27 Hezbollah leader
Naim Qassem|m|LBN REB 2024-10-29.. Hezbollah leader
Hugo Chavez|m|VEN GOV 1999-02-02..2013-03-05 president
Nicolas Maduro;Maduro|m|VEN GOV 2013-03-05.. president
Juan Guaido|m|VEN OPP 2019-01-23..2023-01-03 opposition leader
Alexander Lukashenko;Aleksandr Lukashenko;Lukashenko|m|BLR GOV 1994-07-20.. president
Pervez Musharraf|m|PAK GOV 1999-10-12..2008-08-18 president
Asif Ali Zardari|m|PAK GOV 2008-09-09..2013-09-09 president / PAK GOV 2024-03-10.. president
Nawaz Sharif|m|PAK GOV 2013-06-05..2017-07-28 prime minister
Imran Khan|m|PAK GOV 2018-08-18..2022-04-10 prime minister / PAK OPP 2022-04-11.. opposition leader
Shehbaz Sharif|m|PAK GOV 2022-04-11..2023-08-14 prime minister / PAK GOV 2024-03-04.. prime minister
Arif Alvi|m|PAK GOV 2018-09-09..2024-03-10 president
Shah Mahmood Qureshi|m|PAK GOV 2018-08-20..2022-04-10 foreign minister
Bilawal Bhutto Zardari|m|PAK GOV 2022-04-27..2023-08-10 foreign minister
Qamar Javed Bajwa|m|PAK MIL 2016-11-29..2022-11-29 army chief
Asim Munir|m|PAK MIL 2022-11-29.. army chief
Hamad bin Khalifa Al Thani|m|QAT GOV 1995-06-27..2013-06-25 emir
Tamim bin Hamad Al Thani;Sheikh Tamim|m|QAT GOV 2013-06-25.. emir
Mohammed bin Abdulrahman Al Thani|m|QAT GOV 2016-01-28.. foreign minister
Khalifa bin Zayed Al Nahyan;Khalifa bin Zayed|m|ARE GOV 2004-11-03..2022-05-13 president
Mohamed bin Zayed;Mohammed bin Zayed;Mohamed bin Zayed Al Nahyan;MBZ|m|ARE GOV 2004-11-03..2022-05-13 crown prince of Abu Dhabi / ARE GOV 2022-05-14.. president
Abdullah bin Zayed;Abdullah bin Zayed Al Nahyan|m|ARE GOV 2006-02-09.. foreign minister
King Abdullah II;Abdullah II|m|JOR GOV 1999-02-07.. king
Ayman Safadi|m|JOR GOV 2017-01-15.. foreign minister
King Mohammed VI;Mohammed VI|m|MAR GOV 1999-07-23.. king
Abdelaziz Bouteflika;Bouteflika;Abdelaziz Bouteflicka|m|DZA GOV 1999-04-27..2019-04-02 president
Abdelmadjid Tebboune;Tebboune|m|DZA GOV 2019-12-19.. president
Zine El Abidine Ben Ali;Ben Ali|m|TUN GOV 1987-11-07..2011-01-14 president
Kyrylo Budanov|m|UKR SPY 2020-08-05.. military intelligence chief
Herzi Halevi|m|ISR MIL 2023-01-16..2025-03-05 chief of staff
Eyal Zamir|m|ISR MIL 2025-03-05.. chief of staff
Aviv Kochavi|m|ISR MIL 2019-01-15..2023-01-16 chief of staff
Bezalel Smotrich|m|ISR GOV 2022-12-29.. finance minister
Itamar Ben-Gvir;Ben-Gvir|m|ISR GOV 2022-12-29..2025-01-19 national security minister / ISR GOV 2025-03-18.. national security minister
Hossein Salami|m|IRN MIL 2019-04-21..2025-06-13 Revolutionary Guards commander
Mohammad Bagheri|m|IRN MIL 2016-06-28..2025-06-13 chief of staff
Esmail Qaani|m|IRN MIL 2020-01-03.. Quds Force commander
Mohammad Bagher Ghalibaf|m|IRN LEG 2020-05-28.. speaker
Amir Hatami|m|IRN GOV 2017-08-20..2021-08-25 defence minister
Mohammad-Reza Ashtiani|m|IRN GOV 2021-08-25..2024-08-21 defence minister
Aziz Nasirzadeh|m|IRN GOV 2024-08-21.. defence minister
Khawaja Asif|m|PAK GOV 2024-03-04.. defence minister
Ishaq Dar|m|PAK GOV 2024-03-11.. foreign minister
Volker Turk|m|IGO:UN GOV 2022-10-17.. UN human rights chief
Michelle Bachelet|f|CHL GOV 2006-03-11..2010-03-11 president / CHL GOV 2014-03-11..2018-03-11 president / IGO:UN GOV 2018-09-01..2022-08-31 UN human rights chief
Tom Fletcher|m|IGO:UN GOV 2024-11-18.. UN humanitarian chief
Philippe Lazzarini|m|IGO:UN REF 2020-03-18.. UNRWA commissioner-general
Karim Khan|m|IGO:ICC JUD 2021-06-16.. ICC prosecutor
Fatou Bensouda|f|IGO:ICC JUD 2012-06-15..2021-06-15 ICC prosecutor
Demeke Mekonnen|m|ETH GOV 2019-02-14..2024-02-08 foreign minister
Taye Atske Selassie|m|ETH GOV 2024-02-08..2024-10-07 foreign minister / ETH GOV 2024-10-07.. president
Sahle-Work Zewde|f|ETH GOV 2018-10-25..2024-10-07 president
Delcy Rodriguez|f|VEN GOV 2018-06-14.. vice president
Maria Corina Machado|f|VEN OPP 2002-01-01.. opposition leader
Edmundo Gonzalez Urrutia;Edmundo Gonzalez|m|VEN OPP 2024-04-19.. opposition candidate
Mohammed Deif|m|PSE REB 2002-01-01..2024-07-13 Qassam Brigades commander
Mohammed Abdulsalam|m|YEM REB 2015-01-01.. Houthi spokesman
Yahya Saree|m|YEM REB 2019-01-01.. Houthi military spokesman
Ibrahim Boubacar Keita|m|MLI GOV 2013-09-04..2020-08-18 president
Roch Marc Christian Kabore|m|BFA GOV 2015-12-29..2022-01-24 president
Paul-Henri Sandaogo Damiba|m|BFA GOV 2022-01-24..2022-09-30 junta leader
Mahamadou Issoufou|m|NER GOV 2011-04-07..2021-04-02 president
Paul Biya|m|CMR GOV 1982-11-06.. president
Isaias Afwerki|m|ERI GOV 1993-05-24.. president
Salome Zourabichvili|f|GEO GOV 2018-12-16..2024-12-29 president
Irakli Kobakhidze|m|GEO GOV 2024-02-08.. prime minister
Serzh Sargsyan|m|ARM GOV 2008-04-09..2018-04-09 president
Thein Sein|m|MMR GOV 2011-03-30..2016-03-30 president
Prayut Chan-o-cha;Prayuth Chan-ocha|m|THA GOV 2014-08-24..2023-08-22 prime minister
Srettha Thavisin|m|THA GOV 2023-08-22..2024-08-14 prime minister
Daniel Ortega|m|NIC GOV 2007-01-10.. president
Pierre Nkurunziza|m|BDI GOV 2005-08-26..2020-06-08 president
Evariste Ndayishimiye|m|BDI GOV 2020-06-18.. president
Ranil Wickremesinghe|m|LKA GOV 2022-07-21..2024-09-23 president
Anura Kumara Dissanayake|m|LKA GOV 2024-09-23.. president
Emomali Rahmon|m|TJK GOV 1992-11-19.. president
Sadyr Japarov|m|KGZ GOV 2021-01-28.. president
Nursultan Nazarbayev|m|KAZ GOV 1990-04-24..2019-03-20 president
Kassym-Jomart Tokayev|m|KAZ GOV 2019-03-20.. president
Maia Sandu|f|MDA GOV 2020-12-24.. president
Vjosa Osmani|f|KOS GOV 2021-04-04.. president
Sultan Qaboos;Qaboos bin Said|m|OMN GOV 1970-07-23..2020-01-10 sultan
Haitham bin Tariq|m|OMN GOV 2020-01-11.. sultan
Hamad bin Isa Al Khalifa|m|BHR GOV 1999-03-06.. king
Laurent Gbagbo|m|CIV GOV 2000-10-26..2011-04-11 president
Alassane Ouattara;Ouattara|m|CIV GOV 1990-11-07..1993-12-09 prime minister / CIV GOV 2010-12-04.. president
Kais Saied|m|TUN GOV 2019-10-23.. president
Robert Mugabe;Mugabe|m|ZWE GOV 1980-04-18..2017-11-21 head of government
Emmerson Mnangagwa|m|ZWE GOV 2017-11-24.. president
Paul Kagame;Kagame|m|RWA GOV 1994-07-19..2000-04-21 vice president / RWA GOV 2000-04-22.. president
Joseph Kabila|m|COD GOV 2001-01-26..2019-01-24 president
Felix Tshisekedi|m|COD GOV 2019-01-24.. president
Mwai Kibaki|m|KEN GOV 2002-12-30..2013-04-09 president
Uhuru Kenyatta|m|KEN GOV 2013-04-09..2022-09-13 president
William Ruto|m|KEN GOV 2013-04-09..2022-09-13 deputy president / KEN GOV 2022-09-13.. president
Yoweri Museveni;Museveni|m|UGA GOV 1986-01-29.. president
Slobodan Milosevic;Milosevic|m|SRB GOV 1989-05-08..2000-10-07 president
Aleksandar Vucic;Vucic|m|SRB GOV 2014-04-27..2017-05-31 prime minister / SRB GOV 2017-05-31.. president
Albin Kurti|m|KOS GOV 2020-02-03..2020-06-03 prime minister / KOS GOV 2021-03-22.. prime minister
Rodrigo Duterte;Duterte|m|PHL GOV 2016-06-30..2022-06-30 president
Ferdinand Marcos Jr.;Bongbong Marcos|m|PHL GOV 2022-06-30.. president
Viktor Orban;Orban|m|HUN GOV 1998-07-06..2002-05-27 prime minister / HUN GOV 2010-05-29.. prime minister
Andrzej Duda|m|POL GOV 2015-08-06..2025-08-06 president
Karol Nawrocki|m|POL GOV 2025-08-06.. president
Mateusz Morawiecki|m|POL GOV 2017-12-11..2023-12-13 prime minister
Mariano Rajoy|m|ESP GOV 2011-12-21..2018-06-02 prime minister
Pedro Sanchez|m|ESP GOV 2018-06-02.. prime minister
Alexis Tsipras|m|GRC GOV 2015-01-26..2019-07-08 prime minister
Kyriakos Mitsotakis|m|GRC GOV 2019-07-08.. prime minister
Dick Schoof|m|NLD GOV 2024-07-02.. prime minister
Pope Benedict XVI|m|VAT REL 2005-04-19..2013-02-28 pope
Pope Francis|m|VAT REL 2013-03-13..2025-04-21 pope
Pope Leo XIV|m|VAT REL 2025-05-08.. pope
Tsai Ing-wen|f|TWN GOV 2016-05-20..2024-05-20 president
Lai Ching-te|m|TWN GOV 2024-05-20.. president
Carrie Lam|f|HKG GOV 2017-07-01..2022-06-30 chief executive
Idriss Deby;Idriss Deby Itno|m|TCD GOV 1990-12-02..2021-04-20 president
Mahamat Idriss Deby|m|TCD GOV 2021-04-20.. president
Ibrahim Traore|m|BFA GOV 2022-09-30.. junta leader
Mohamed Bazoum|m|NER GOV 2021-04-02..2023-07-26 president
Abdourahamane Tchiani|m|NER GOV 2023-07-26.. junta leader
Mamady Doumbouya|m|GIN GOV 2021-09-05.. junta leader
Faustin-Archange Touadera|m|CAF GOV 2016-03-30.. president
Filipe Nyusi|m|MOZ GOV 2015-01-15..2025-01-15 president
Juan Manuel Santos|m|COL GOV 2010-08-07..2018-08-07 president
Ivan Duque|m|COL GOV 2018-08-07..2022-08-07 president
Gustavo Petro|m|COL GOV 2022-08-07.. president
Mahinda Rajapaksa|m|LKA GOV 2005-11-19..2015-01-09 president
Gotabaya Rajapaksa|m|LKA GOV 2019-11-18..2022-07-14 president
Sheikh Hasina|f|BGD GOV 2009-01-06..2024-08-05 prime minister
Muhammad Yunus|m|BGD GOV 2024-08-08.. chief adviser
Jovenel Moise|m|HTI GOV 2017-02-07..2021-07-07 president
Ariel Henry|m|HTI GOV 2021-07-20..2024-04-25 prime minister
"""
